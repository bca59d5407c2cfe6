using Briefings.Cli;
using Briefings.Runs;
using Spectre.Console;

namespace Briefings.Tests.Cli;

/// <summary>The progress display of a long run at a terminal names the cases being built as they build.</summary>
public sealed class ProgressTests
{
    [Fact]
    public void The_live_display_names_the_cases_being_built()
    {
        var screen = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(screen), Ansi = AnsiSupport.Yes, ColorSystem = ColorSystemSupport.NoColors, Interactive = InteractionSupport.Yes,
        });
        var log = new LiveRunLog(console, TextWriter.Null, TextWriter.Null);
        log.Cases("monthly 2026-11", 2, progress =>
        {
            progress.Started("caliphate-book-2015");
            progress.Started("parler-2021");
            Thread.Sleep(600); // the display redraws ten times a second
            progress.Finished(Result("caliphate-book-2015"));
            Thread.Sleep(600);
            progress.Finished(Result("parler-2021"));
        });
        var text = screen.ToString();
        Assert.Contains("monthly 2026-11: building caliphate-book-2015, parler-2021", text);
        Assert.Contains("monthly 2026-11: building parler-2021", text);
        Assert.Contains("100%", text);
    }

    private static CaseResult Result(string id) =>
        new(new MonthCase(id, $"sources/cases/{id}.yaml", null, default, default), CaseState.Built, [], [], 0, 3, TimeSpan.FromSeconds(0.2));
}
