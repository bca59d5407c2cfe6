using Briefings.Cli;

namespace Briefings.Tests.Runs;

/// <summary>One bad case among good ones: reported at file:line:column, the rest built, exit 1, no partial file.</summary>
public class MonthlyFailureTests
{
    private static readonly string[] March = ["--month", "2020-03"];

    /// <summary>A March case whose judgment uses a likelihood term that does not exist.</summary>
    private static string BrokenCase(MonthlyScratch scratch) =>
        scratch.ReadCase("march-only").Replace("id: march-only", "id: broken-case").Replace("likelihood: likely", "likelihood: fairly sure");

    private static IEnumerable<string> TempFiles(string folder) =>
        Directory.Exists(folder) ? Directory.EnumerateFiles(folder, "*.tmp", SearchOption.AllDirectories) : [];

    [Fact]
    public void A_broken_case_fails_alone_at_its_file_line_and_column_and_the_run_exits_1()
    {
        using var scratch = new MonthlyScratch();
        scratch.WriteCase("broken-case", BrokenCase(scratch));
        var run = scratch.Monthly([.. March, "--format", "pdf,html"]);

        Assert.Equal(ExitCodes.InvalidInput, run.Exit);
        Assert.Matches(@"FAILED +broken-case +1 error", run.Output);
        Assert.Contains("monthly 2020-03: 4 built, 0 up to date, 1 failed; digest built;", run.Output);
        Assert.Matches(@"cases/broken-case\.yaml:\d+:\d+: error bad-likelihood: ", run.Error);
        Assert.DoesNotContain("   at ", run.Error); // no stack trace

        foreach (var id in new[] { "across-months", "last-day-of-march", "march-only", "whole-year" })
            Assert.True(File.Exists(scratch.OutFile($"briefs/{id}.pdf")), id);
        Assert.False(File.Exists(scratch.OutFile("briefs/broken-case.pdf")));
        Assert.False(File.Exists(scratch.OutFile("briefs/broken-case.html")));
        Assert.Empty(TempFiles(scratch.Out));

        var manifest = scratch.Manifest();
        Assert.Contains("\"status\": \"failed\"", manifest);
        Assert.Matches(@"cases/broken-case\.yaml:\d+:\d+: error bad-likelihood", manifest);

        var digest = File.ReadAllText(scratch.OutFile("monthly-digest-2020-03.html"));
        Assert.Contains("Cases that could not be built", digest);
        Assert.Contains("broken-case", digest);
        Assert.Contains("bad-likelihood", digest);
    }

    [Fact]
    public void A_failed_case_is_tried_again_and_reported_again_on_the_next_run()
    {
        using var scratch = new MonthlyScratch();
        scratch.WriteCase("broken-case", BrokenCase(scratch));
        Assert.Equal(ExitCodes.InvalidInput, scratch.Monthly(March).Exit);
        var manifest = scratch.Manifest();
        var again = scratch.Monthly(March);
        Assert.Equal(ExitCodes.InvalidInput, again.Exit);
        Assert.Contains("0 built, 4 up to date, 1 failed; digest up to date", again.Output);
        Assert.Equal(manifest, scratch.Manifest());
    }

    [Fact]
    public void A_case_that_breaks_after_it_was_built_keeps_its_old_brief_marked_stale()
    {
        using var scratch = new MonthlyScratch();
        Assert.Equal(ExitCodes.Ok, scratch.Monthly(March).Exit);
        var good = File.ReadAllBytes(scratch.OutFile("briefs/march-only.pdf"));
        scratch.WriteCase("march-only", scratch.ReadCase("march-only").Replace("likelihood: likely", "likelihood: fairly sure"));
        var run = scratch.Monthly(March);
        Assert.Equal(ExitCodes.InvalidInput, run.Exit);
        Assert.DoesNotContain("removed briefs/march-only.pdf", run.Output);
        Assert.Equal(good, File.ReadAllBytes(scratch.OutFile("briefs/march-only.pdf")));
        Assert.Matches(@"""file"": ""briefs/march-only\.pdf"",[^}]*""status"": ""failed"",[^}]*""stale"": true", scratch.Manifest());
        // Fixed again, it is rebuilt and no longer stale.
        scratch.WriteCase("march-only", scratch.ReadCase("march-only").Replace("likelihood: fairly sure", "likelihood: likely"));
        Assert.Equal(ExitCodes.Ok, scratch.Monthly(March).Exit);
        Assert.DoesNotContain("stale", scratch.Manifest());
    }

    [Fact]
    public void A_case_file_that_is_not_yaml_fails_in_every_month_with_its_position()
    {
        using var scratch = new MonthlyScratch();
        scratch.WriteCase("unreadable", "id: unreadable\ntitle: [never closed\nperiod: {start: 2020-03}\n");
        foreach (var month in new[] { "2020-03", "2031-07" })
        {
            var run = scratch.MonthlyInto(Path.Combine(scratch.Root, month), "--month", month);
            Assert.Equal(ExitCodes.InvalidInput, run.Exit);
            Assert.Matches(@"FAILED +unreadable", run.Output);
            Assert.Matches(@"cases/unreadable\.yaml:\d+:\d+: error yaml-syntax", run.Error);
        }
    }

    [Fact]
    public void A_broken_document_no_case_of_the_month_uses_does_not_fail_the_month()
    {
        using var scratch = new MonthlyScratch();
        var path = Path.Combine(scratch.Sources, "documents", "year-report.yaml");
        File.WriteAllText(path, File.ReadAllText(path).Replace("grade: C", "grade: Q"));
        var run = scratch.Monthly(March);
        Assert.True(run.Exit == ExitCodes.Ok, run.Error);
        Assert.Contains("note: 1 error in source files no case of 2020-03 uses", run.Output);
    }

    [Fact]
    public void A_broken_brief_template_fails_every_case_but_is_said_once()
    {
        using var scratch = new MonthlyScratch();
        var templates = scratch.Templates;
        var main = Path.Combine(templates, "displacement-brief.sbn-md");
        File.WriteAllText(main, File.ReadAllText(main) + "\n{{ no_such_helper model.case.title }}\n");

        var run = Cli.Cli.Run("monthly", "--month", "2020-03", "--sources", scratch.Sources, "--templates", templates, "--out", scratch.Out, "--format", "html");
        Assert.Equal(ExitCodes.InvalidInput, run.Exit);
        Assert.Contains("0 built, 0 up to date, 4 failed; digest built", run.Output);
        Assert.Single(run.Error.Split('\n'), l => l.Contains("displacement-brief.sbn-md:", StringComparison.Ordinal) && l.Contains("no_such_helper", StringComparison.Ordinal));
        var digest = File.ReadAllText(scratch.OutFile("monthly-digest-2020-03.html"));
        Assert.Contains("no_such_helper", digest);
    }

    [Fact]
    public void An_output_folder_that_cannot_be_written_fails_the_run_with_a_message_not_a_stack_trace()
    {
        using var scratch = new MonthlyScratch();
        var blocker = Path.Combine(scratch.Root, "not-a-folder");
        File.WriteAllText(blocker, "a file where the output folder should be");
        var run = scratch.MonthlyInto(Path.Combine(blocker, "out"), March);
        Assert.Equal(ExitCodes.InvalidInput, run.Exit);
        Assert.Contains("error: cannot write", run.Error);
        Assert.DoesNotContain("   at ", run.Error);
    }
}
