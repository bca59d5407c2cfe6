using System.Text.Json;
using System.Text.Json.Serialization;
using Spectre.Console;
using Briefings.Typesetting;

namespace Briefings.Cli;

/// <summary>
/// Prints diagnostics for people (one file:line:column line each, which editors and CI turn into links,
/// then a per-file summary table) or for machines (JSON).
/// </summary>
internal static partial class DiagnosticReport
{
    /// <summary>Sorted, one file:line:column line each: the engine's and the domain's alike.</summary>
    public static void Print(IEnumerable<Diagnostic> diagnostics, TextWriter output) => WriteLines(DiagnosticOrder.Sort(diagnostics), output);

    public static void WriteLines(IEnumerable<Diagnostic> problems, TextWriter output)
    {
        foreach (var problem in problems) output.WriteLine(problem.ToString());
    }

    public static void WriteSummary(IReadOnlyList<Diagnostic> problems, IAnsiConsole console)
    {
        if (problems.Count == 0) return;
        var table = new Table().Border(TableBorder.Rounded).AddColumn("File").AddColumn(new TableColumn("Errors").RightAligned()).AddColumn(new TableColumn("Warnings").RightAligned());
        foreach (var group in problems.GroupBy(p => p.At.File).OrderBy(g => g.Key, StringComparer.Ordinal))
            table.AddRow(Markup.Escape(group.Key), group.Count(p => p.IsError).ToString(), group.Count(p => !p.IsError).ToString());
        console.Write(table);
    }

    public static string Counts(IReadOnlyList<Diagnostic> problems)
    {
        var errors = problems.Count(p => p.IsError);
        var warnings = problems.Count - errors;
        return $"{errors} error{(errors == 1 ? "" : "s")}, {warnings} warning{(warnings == 1 ? "" : "s")}";
    }

    public static string Json(IReadOnlyList<Diagnostic> problems) =>
        JsonSerializer.Serialize(
            new JsonReport(
                !problems.Any(p => p.IsError),
                problems.Count(p => p.IsError),
                problems.Count(p => !p.IsError),
                problems.Select(p => new JsonProblem(p.At.File, p.At.Line, p.At.Column, p.IsError ? "error" : "warning", p.Code, p.Message)).ToList()),
            Context.JsonReport);

    // Serialisation code generated at build time (a native build cannot generate it at run time).
    private static readonly JsonContext Context = new(new JsonSerializerOptions
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    [JsonSerializable(typeof(JsonReport))]
    private sealed partial class JsonContext : JsonSerializerContext;

    private sealed record JsonReport(
        [property: JsonPropertyName("ok")] bool Ok,
        int Errors,
        int Warnings,
        IReadOnlyList<JsonProblem> Problems);

    private sealed record JsonProblem(string File, int Line, int Column, string Severity, string Code, string Message);
}
