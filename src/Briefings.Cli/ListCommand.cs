using System.CommandLine;
using Briefings.Templates;
using Spectre.Console;

namespace Briefings.Cli;

/// <summary>`briefings list`: the cases that can be built and the documents behind them.</summary>
internal static class ListCommand
{
    public static Command Create()
    {
        var sources = Folders.SourcesOption();
        var format = new Option<string>("--format") { Description = "table (for people) or json (for scripts)", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json");
        var command = new Command("list", "List the cases (and their source documents) found in the sources folder.") { sources, format };
        command.SetAction(parse =>
        {
            var sourcesDir = parse.GetValue(sources)!;
            if (!Folders.Exists(sourcesDir, "--sources", parse.InvocationConfiguration.Error)) return ExitCodes.Usage;
            var loaded = Inputs.Load(sourcesDir, templates: null);
            var library = loaded.Sources.Library;
            if (parse.GetValue(format) == "json")
                parse.InvocationConfiguration.Output.Write(ListJson.Write(library, !loaded.HasErrors));
            else
                Tables(library, Terminal.For(parse.InvocationConfiguration.Output));

            if (loaded.HasErrors)
            {
                parse.InvocationConfiguration.Error.WriteLine($"{sourcesDir}: {DiagnosticReport.Counts(loaded.Problems)}; some files could not be listed. Run `briefings validate` for details.");
                return ExitCodes.InvalidInput;
            }
            return ExitCodes.Ok;
        });
        return command;
    }

    private static void Tables(Sources.Model.SourceLibrary library, IAnsiConsole console)
    {
        var words = new Wording(Locale.Default);

        var cases = new Table().Border(TableBorder.Rounded).Title("Cases")
            .AddColumn(new TableColumn("Case").NoWrap()).AddColumn("Title").AddColumn("Period").AddColumn(new TableColumn("Sources").RightAligned())
            .AddColumn(new TableColumn("Paths").RightAligned()).AddColumn(new TableColumn("Judgments").RightAligned());
        foreach (var c in library.Cases.OrderBy(c => c.Id, StringComparer.Ordinal))
            cases.AddRow(Markup.Escape(c.Id), Markup.Escape(c.Title), Markup.Escape(words.DateRange(c.Period.Start, c.Period.End)),
                c.Sources.Count.ToString(), c.Paths.Count.ToString(), c.Judgments.Count.ToString());
        console.Write(cases);

        var documents = new Table().Border(TableBorder.Rounded).Title("Documents")
            .AddColumn(new TableColumn("Document").NoWrap()).AddColumn("Publisher").AddColumn("Published").AddColumn("Grade")
            .AddColumn(new TableColumn("Claims").RightAligned()).AddColumn(new TableColumn("Events").RightAligned());
        foreach (var d in library.Documents.OrderBy(d => d.Id, StringComparer.Ordinal))
            documents.AddRow(Markup.Escape(d.Id), Markup.Escape(d.Publisher), Markup.Escape(words.Date(d.Published)),
                d.Reliability.Grade.ToString(), d.Claims.Count.ToString(), d.Events.Count.ToString());
        console.Write(documents);
    }
}
