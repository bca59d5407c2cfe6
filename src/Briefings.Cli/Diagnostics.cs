using Briefings.Typesetting;

namespace Briefings.Cli;

/// <summary>Prints the engine's diagnostics, sorted, in the file:line:column form editors and CI annotate.</summary>
internal static class Diagnostics
{
    public static IReadOnlyList<Diagnostic> Sorted(IEnumerable<Diagnostic> diagnostics) =>
        diagnostics.Distinct()
            .OrderBy(d => d.File, StringComparer.Ordinal).ThenBy(d => d.Line).ThenBy(d => d.Column).ThenBy(d => d.Message, StringComparer.Ordinal)
            .ToList();

    public static void Print(IEnumerable<Diagnostic> diagnostics, TextWriter error)
    {
        foreach (var d in Sorted(diagnostics)) error.WriteLine(d.ToString());
    }
}
