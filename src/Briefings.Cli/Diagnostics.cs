using Briefings.Typesetting;

namespace Briefings.Cli;

/// <summary>Prints diagnostics to stderr in the file:line:column form editors and CI annotate.</summary>
internal static class Diagnostics
{
    public static void Print(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var d in diagnostics.OrderBy(d => d.File, StringComparer.Ordinal).ThenBy(d => d.Line).ThenBy(d => d.Column))
            Console.Error.WriteLine(d.ToString());
    }
}
