namespace Briefings.Problems;

/// <summary>
/// The one order problems are shown in: by file, then position, so a run over many files
/// reads top to bottom like the files themselves and two runs print the same list.
/// </summary>
public static class ProblemOrder
{
    public static IReadOnlyList<Problem> Sort(IEnumerable<Problem> problems) =>
        problems
            .Distinct()
            .OrderBy(p => p.At.File, StringComparer.Ordinal)
            .ThenBy(p => p.At.Line)
            .ThenBy(p => p.At.Column)
            .ThenBy(p => p.Code, StringComparer.Ordinal)
            .ThenBy(p => p.Message, StringComparer.Ordinal)
            .ToList();
}
