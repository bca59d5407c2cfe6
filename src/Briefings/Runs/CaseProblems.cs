using Briefings.Sources;
using Briefings.Typesetting;

namespace Briefings.Runs;

/// <summary>
/// The problems that concern one case, so that a broken case fails alone: those in its own file, in the
/// documents it cites, in the platform and actor registries (every case reads them), and in the
/// templates (every brief is printed through them). A broken document no case of the month cites does
/// not stop the month.
/// </summary>
public static class CaseProblems
{
    public static IReadOnlyList<Diagnostic> Of(MonthCase @case, SourceFileSet files, IReadOnlyList<Diagnostic> sourceProblems, IReadOnlyList<Diagnostic> templateProblems)
    {
        var relevant = new HashSet<string>(StringComparer.Ordinal) { @case.File, files.PlatformsPath, files.ActorsPath };
        if (@case.Case is { } parsed)
            foreach (var source in parsed.Sources)
                if (files.DocumentNamed(source.Text) is { } document) relevant.Add(document.Path);
        return DiagnosticOrder.Sort(sourceProblems.Where(p => relevant.Contains(p.At.File)).Concat(templateProblems));
    }

    /// <summary>Problems in files none of the given cases reads: worth a mention, not a failure of the month.</summary>
    public static IReadOnlyList<Diagnostic> Elsewhere(IEnumerable<MonthCase> cases, SourceFileSet files, IReadOnlyList<Diagnostic> sourceProblems)
    {
        var covered = cases.SelectMany(c => Of(c, files, sourceProblems, [])).ToHashSet();
        return sourceProblems.Where(p => !covered.Contains(p)).ToList();
    }
}
