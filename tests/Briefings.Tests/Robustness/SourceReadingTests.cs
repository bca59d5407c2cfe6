using Briefings.Cli;
using Briefings.Tests.Runs;
using static Briefings.Tests.Cli.Cli;

namespace Briefings.Tests.Robustness;

/// <summary>
/// Sources that cannot be read, or read badly: never a hang, a crash or a silent guess. Each is a
/// located error; in a monthly run it fails only the cases that cite it.
/// </summary>
public class SourceReadingTests
{
    private static readonly string[] March = ["--month", "2020-03"];

    private static Result Within(TimeSpan limit, Func<Result> run)
    {
        var task = Task.Run(run);
        Assert.True(task.Wait(limit), "the command hung");
        return task.Result;
    }

    [Fact]
    public void Unreadable_sources_fail_only_the_cases_that_cite_them()
    {
        using var scratch = new MonthlyScratch();
        var documents = Path.Combine(scratch.Sources, "documents");
        File.Delete(Path.Combine(documents, "spans-report.yaml"));
        Unix.MakeFifo(Path.Combine(documents, "spans-report.yaml"));           // cited by across-months
        File.Delete(Path.Combine(documents, "edge-report.yaml"));
        File.CreateSymbolicLink(Path.Combine(documents, "edge-report.yaml"), "/dev/zero"); // cited by last-day-of-march

        var run = Within(TimeSpan.FromMinutes(2), () => scratch.Monthly(March));
        Assert.Equal(ExitCodes.InvalidInput, run.Exit);
        Assert.Matches(@"FAILED +across-months", run.Output);
        Assert.Matches(@"FAILED +last-day-of-march", run.Output);
        Assert.Contains("2 built, 0 up to date, 2 failed", run.Output);
        Assert.Contains("documents/spans-report.yaml:1:1: error read-error: the file cannot be read: it is a FIFO (named pipe)", run.Error);
        Assert.Contains("documents/edge-report.yaml:1:1: error read-error: the file cannot be read: it is a character device", run.Error);
        Assert.DoesNotContain("   at ", run.Error);
    }

    [Fact]
    public void A_fifo_among_the_templates_is_a_read_error_not_a_hang()
    {
        using var scratch = new MonthlyScratch();
        var partial = Path.Combine(scratch.Templates, "partials", "bans.sbn-md");
        File.Delete(partial);
        Unix.MakeFifo(partial);
        var run = Within(TimeSpan.FromMinutes(1), () => Run("validate", "--sources", scratch.Sources, "--templates", scratch.Templates));
        Assert.Equal(ExitCodes.InvalidInput, run.Exit);
        Assert.Contains("partials/bans.sbn-md:1:1: error read-error: the file cannot be read: it is a FIFO", run.Output);
    }

    [Fact]
    public void Files_over_the_size_limit_are_read_errors_and_a_fifo_given_to_render_is_refused()
    {
        using var library = new ScratchLibrary();
        File.WriteAllText(Path.Combine(library.Root, "documents", "huge.yaml"), "id: huge\nsummary: " + new string('x', 5 * 1024 * 1024) + "\n");
        var validate = Run("validate", "--sources", library.Root);
        Assert.Equal(ExitCodes.InvalidInput, validate.Exit);
        Assert.Contains("huge.yaml:1:1: error read-error: the file is 5,242,899 bytes; files over 4 MiB are not read", validate.Output);

        var fifo = Path.Combine(library.Root, "notes.md");
        Unix.MakeFifo(fifo);
        var render = Within(TimeSpan.FromMinutes(1), () => Run("render", fifo, "-o", Path.Combine(library.Root, "notes.pdf")));
        Assert.Equal(ExitCodes.InvalidInput, render.Exit);
        Assert.Contains("notes.md:1:1: error read-error: the file cannot be read: it is a FIFO", render.Error);
    }

    [Fact]
    public void Link_loops_and_dangling_links_are_read_errors_naming_the_file()
    {
        using var library = new ScratchLibrary();
        var documents = Path.Combine(library.Root, "documents");
        File.CreateSymbolicLink(Path.Combine(documents, "loop-a.yaml"), Path.Combine(documents, "loop-b.yaml"));
        File.CreateSymbolicLink(Path.Combine(documents, "loop-b.yaml"), Path.Combine(documents, "loop-a.yaml"));
        File.CreateSymbolicLink(Path.Combine(documents, "gone.yaml"), Path.Combine(documents, "never-there.yaml"));
        var run = Within(TimeSpan.FromMinutes(1), () => Run("validate", "--sources", library.Root));
        Assert.Equal(ExitCodes.InvalidInput, run.Exit);
        Assert.Contains("loop-a.yaml:1:1: error read-error: the file cannot be read: it is a symbolic link that loops", run.Output);
        Assert.Contains("gone.yaml:1:1: error read-error: the file cannot be read: it is a symbolic link to something that does not exist", run.Output);
    }

    [Fact]
    public void Yaml_thirty_thousand_levels_deep_is_an_error_at_its_place_and_does_not_stop_the_month()
    {
        using var scratch = new MonthlyScratch();
        // year-report is cited by no case of March 2020.
        File.WriteAllText(Path.Combine(scratch.Sources, "documents", "year-report.yaml"),
            "id: year-report\nsummary: " + new string('[', 30_000) + new string(']', 30_000) + "\n");
        var validate = Run("validate", "--sources", scratch.Sources, "--templates", scratch.Templates);
        Assert.Equal(ExitCodes.InvalidInput, validate.Exit);
        Assert.Matches(@"documents/year-report\.yaml:2:\d+: error too-deep: lists and mappings are nested more than 64 levels", validate.Output);

        var run = scratch.Monthly(March);
        Assert.True(run.Exit == ExitCodes.Ok, run.Error);
        Assert.Contains("note: 1 error in source files no case of 2020-03 uses", run.Output);
    }

    [Fact]
    public void Invalid_utf8_tabs_and_control_characters_are_reported_where_they_are_and_printable()
    {
        using var library = new ScratchLibrary();
        var documents = Path.Combine(library.Root, "documents");
        File.WriteAllBytes(Path.Combine(documents, "latin1.yaml"), [.. "id: latin1\ntitle: Caf"u8, 0xE9, .. " noir\n"u8]);
        File.WriteAllText(Path.Combine(documents, "tabbed.yaml"), "id: tabbed\ntitle: t\n\tsummary: y\n");
        File.WriteAllText(Path.Combine(documents, "control.yaml"), "id: control\n\"bad\u001b[31mkey\u202e\": 1\n");
        var run = Run("validate", "--sources", library.Root);
        Assert.Equal(ExitCodes.InvalidInput, run.Exit);
        Assert.Contains("documents/latin1.yaml:2:11: error read-error: the file is not valid UTF-8 (byte 0xE9)", run.Output);
        Assert.Matches(@"documents/tabbed\.yaml:3:\d+: error yaml-syntax: .*tab", run.Output);
        Assert.Contains(@"unknown field 'bad\u001B[31mkey\u202E'", run.Output);
        Assert.DoesNotContain("\u001b", run.Output);
        Assert.DoesNotContain("\u202e", run.Output);
    }

    [Fact]
    public void Dates_at_the_calendar_edges_are_rejected_by_validate_or_built()
    {
        using var library = new ScratchLibrary();
        var casePath = Path.Combine(library.Root, "cases", "sample-case.yaml");
        var original = File.ReadAllText(casePath);

        File.WriteAllText(casePath, original.Replace("start: 2020-05", "start: 0001-01-01"));
        var early = Run("validate", "--sources", library.Root, "--templates", TestPaths.RepositoryTemplates);
        Assert.Equal(ExitCodes.InvalidInput, early.Exit);
        Assert.Matches(@"cases/sample-case\.yaml:\d+:\d+: error bad-date: '0001-01-01' is not a date", early.Output);

        File.WriteAllText(casePath, original.Replace("start: 2020-05", "start: 9999-12-31"));
        var report = Path.Combine(library.Root, "documents", "report-one.yaml");
        File.WriteAllText(report, System.Text.RegularExpressions.Regex.Replace(File.ReadAllText(report), @"date: \d{4}(-\d\d){0,2}", "date: 9999-12-31"));
        Assert.Equal(ExitCodes.Ok, Run("validate", "--sources", library.Root, "--templates", TestPaths.RepositoryTemplates).Exit);
        var output = Path.Combine(library.Root, "late.pdf");
        var build = Run("build", "sample-case", "--sources", library.Root, "--templates", TestPaths.RepositoryTemplates, "-o", output);
        Assert.True(build.Exit == ExitCodes.Ok, build.Error);
    }

    [Fact]
    public void A_partial_that_includes_itself_is_caught_by_validate()
    {
        using var scratch = new MonthlyScratch();
        File.AppendAllText(Path.Combine(scratch.Templates, "partials", "bans.sbn-md"), "{{ include \"bans\" }}\n");
        var run = Run("validate", "--sources", scratch.Sources, "--templates", scratch.Templates);
        Assert.Equal(ExitCodes.InvalidInput, run.Exit);
        Assert.Matches(@"partials/bans\.sbn-md:\d+:\d+: error include-recursion: partial 'bans' includes itself \(through bans → bans\)", run.Output);
    }
}
