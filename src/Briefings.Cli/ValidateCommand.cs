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
            var sourcesDir = parse.GetValue(sources)!;
            var templatesDir = parse.GetValue(templates)!;
            if (!Folders.Exists(sourcesDir, "--sources")) return ExitCodes.Usage;
            var explicitTemplates = parse.GetResult(templates) is { Implicit: false };
            if (explicitTemplates && !Folders.Exists(templatesDir, "--templates")) return ExitCodes.Usage;

            var loaded = Inputs.Load(sourcesDir, Directory.Exists(templatesDir) ? templatesDir : null);
            if (parse.GetValue(format) == "json")
            {
                Console.Out.WriteLine(ProblemReport.Json(loaded.Problems));
                return loaded.HasErrors ? ExitCodes.InvalidInput : ExitCodes.Ok;
            }

            ProblemReport.WriteLines(loaded.Problems, Console.Out);
            var console = AnsiConsole.Console;
            ProblemReport.WriteSummary(loaded.Problems, console);
            var library = loaded.Sources.Library;
            var scope = $"{library.Documents.Count} documents, {library.Cases.Count} cases, {library.Platforms.Count} platforms, {library.Actors.Count} actors" +
                        (loaded.Templates is null ? "" : $", {loaded.Templates.Partials.Count + 1} templates");
            console.MarkupLine(loaded.HasErrors
                ? $"[red]invalid:[/] {ProblemReport.Counts(loaded.Problems)} ({Markup.Escape(scope)})"
                : $"[green]valid:[/] {Markup.Escape(scope)}{(loaded.Problems.Count > 0 ? $"; {ProblemReport.Counts(loaded.Problems)}" : "")}");
            return loaded.HasErrors ? ExitCodes.InvalidInput : ExitCodes.Ok;
        });
        return command;
    }
}
