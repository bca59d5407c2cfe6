using System.CommandLine;
using Spectre.Console;

namespace Briefings.Cli;

/// <summary>
/// `briefings validate`: reads every summary, case and template and reports every problem of every file
/// in one run, sorted, each at file:line:column with what to change. Exit 1 on any error.
/// </summary>
internal static class ValidateCommand
{
    public static Command Create()
    {
        var sources = Folders.SourcesOption();
        var templates = Folders.TemplatesOption();
        var format = new Option<string>("--format") { Description = "text (for people) or json (for machines)", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var command = new Command("validate", "Check sources and templates; report every problem with file:line:column.") { sources, templates, format };
        command.SetAction(parse =>
        {
            var (stdout, stderr) = (parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error);
            var sourcesDir = parse.GetValue(sources)!;
            var templatesDir = parse.GetValue(templates)!;
            if (!Folders.Exists(sourcesDir, "--sources", stderr)) return ExitCodes.Usage;
            var explicitTemplates = parse.GetResult(templates) is { Implicit: false };
            if (explicitTemplates && !Folders.Exists(templatesDir, "--templates", stderr)) return ExitCodes.Usage;

            var loaded = Inputs.Load(sourcesDir, Directory.Exists(templatesDir) ? templatesDir : null, withDigest: true);
            if (parse.GetValue(format) == "json")
            {
                stdout.WriteLine(DiagnosticReport.Json(loaded.Problems));
                return loaded.HasErrors ? ExitCodes.InvalidInput : ExitCodes.Ok;
            }

            DiagnosticReport.WriteLines(loaded.Problems, stdout);
            var console = Terminal.For(stdout);
            DiagnosticReport.WriteSummary(loaded.Problems, console);
            var library = loaded.Sources.Library;
            var scope = string.Join(", ",
                Count(library.Documents.Count, "document"), Count(library.Cases.Count, "case"),
                Count(library.Platforms.Count, "platform"), Count(library.Actors.Count, "actor"))
                + (loaded.Templates is null ? "" : ", " + Count(loaded.Templates.Partials.Count + 1, "template"));
            // Placeholders are warnings (a scaffold validates) but no brief is built while one is left: say so
            // beside "valid", or it reads as "done".
            var unfilled = loaded.Problems.Count(p => p.Code == Briefings.Problems.ProblemCodes.Placeholder);
            var toFill = unfilled == 0 ? "" : $"; {unfilled} value{(unfilled == 1 ? "" : "s")} still to fill in, and no brief is built until they are";
            console.MarkupLine(loaded.HasErrors
                ? $"[red]invalid:[/] {DiagnosticReport.Counts(loaded.Problems)} ({Markup.Escape(scope)})"
                : $"[green]valid:[/] {Markup.Escape(scope)}{(loaded.Problems.Count > 0 ? $"; {DiagnosticReport.Counts(loaded.Problems)}" : "")}{Markup.Escape(toFill)}");
            return loaded.HasErrors ? ExitCodes.InvalidInput : ExitCodes.Ok;
        });
        return command;
    }

    private static string Count(int n, string noun) => $"{n} {noun}{(n == 1 ? "" : "s")}";
}
