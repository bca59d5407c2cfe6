using Briefings.Problems;
using Briefings.Sources.Model;
using Briefings.Typesetting;

namespace Briefings.Sources;

/// <summary>
/// Why a brief is not built from a case or a document it cites that still holds a scaffold's `&lt;…&gt;` values:
/// the reader reads them as absent and the brief would print a blank or a default (a likelihood, a grade) the
/// analyst never chose. `validate` only warns, so a fresh scaffold is never an error; building refuses.
/// </summary>
public static class UnfilledPlaceholders
{
    /// <summary>One error per file that still has placeholders, at its first one; none when everything is filled in.</summary>
    public static IReadOnlyList<Diagnostic> Of(SourceLibrary library, CaseFile @case)
    {
        var problems = new List<Diagnostic>();
        Add(problems, @case.Placeholders, $"case '{@case.Id}'");
        foreach (var source in @case.Sources.Select(s => s.Text).Distinct(StringComparer.Ordinal))
            if (library.FindDocument(source) is { } document)
                Add(problems, document.Placeholders, $"document '{document.Id}', which the case cites,");
        return problems;
    }

    private static void Add(List<Diagnostic> problems, IReadOnlyList<Location> placeholders, string what)
    {
        if (placeholders.Count == 0) return;
        var count = placeholders.Count == 1 ? "a placeholder" : $"{placeholders.Count} placeholders";
        problems.Add(Diagnostic.Error(placeholders[0], ProblemCodes.UnfilledPlaceholder,
            $"{what} still has {count} (<…> values from `briefings new`, the first here); a brief is never built from them: " +
            "fill them in (`briefings validate` lists each)"));
    }
}
