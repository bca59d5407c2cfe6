using Briefings.Cli;
using Briefings.Tests.Cli;

namespace Briefings.Tests.Runs;

/// <summary>`briefings monthly` end to end on the synthetic library: idempotent, forced, incremental.</summary>
public class MonthlyRunTests
{
    private static readonly string[] March = ["--month", "2020-03"];

    private static readonly string[] MarchCases = ["across-months", "last-day-of-march", "march-only", "whole-year"];

    [Fact]
    public void Builds_every_case_of_the_month_and_the_digest_with_one_log_line_each()
    {
        using var scratch = new MonthlyScratch();
        var run = scratch.Monthly(March);
        Assert.True(run.Exit == ExitCodes.Ok, run.Error);
        foreach (var id in MarchCases)
        {
            Assert.True(File.Exists(scratch.OutFile($"briefs/{id}.pdf")), id);
            Assert.Matches($@"\[\d/4\] built +{id} .*\d+\.\d\d s", run.Output);
        }
        Assert.True(File.Exists(scratch.OutFile("monthly-digest-2020-03.pdf")));
        Assert.False(File.Exists(scratch.OutFile("briefs/first-day-of-april.pdf")));
        Assert.Contains("monthly 2020-03: 4 built, 0 up to date, 0 failed; digest built;", run.Output);
        Assert.Equal(string.Empty, run.Error);
    }

    [Fact]
    public void A_second_run_rebuilds_nothing_says_up_to_date_and_leaves_identical_hashes()
    {
        using var scratch = new MonthlyScratch();
        Assert.Equal(ExitCodes.Ok, scratch.Monthly(March).Exit);
        var manifest = scratch.Manifest();
        var files = scratch.Snapshot();
        var times = Directory.EnumerateFiles(scratch.Out, "*", SearchOption.AllDirectories).ToDictionary(f => f, File.GetLastWriteTimeUtc);

        var again = scratch.Monthly(March);
        Assert.Equal(ExitCodes.Ok, again.Exit);
        Assert.Contains("monthly 2020-03: 0 built, 4 up to date, 0 failed; digest up to date;", again.Output);
        foreach (var id in MarchCases) Assert.Matches($@"up to date +{id}", again.Output);
        Assert.Equal(manifest, scratch.Manifest());
        Assert.Equal(files, scratch.Snapshot());
        Assert.All(times, t => Assert.Equal(t.Value, File.GetLastWriteTimeUtc(t.Key)));
    }

    [Fact]
    public void Pdfa_makes_every_pdf_of_the_run_archival_and_switching_it_rebuilds_them()
    {
        using var scratch = new MonthlyScratch();
        var archival = scratch.Monthly([.. March, "--pdfa"]);
        Assert.True(archival.Exit == ExitCodes.Ok, archival.Error);
        foreach (var pdf in Directory.EnumerateFiles(scratch.Out, "*.pdf", SearchOption.AllDirectories))
            Assert.Contains("<pdfaid:part>2</pdfaid:part>", System.Text.Encoding.UTF8.GetString(File.ReadAllBytes(pdf)));

        var plain = scratch.Monthly(March);
        Assert.Contains("4 built, 0 up to date, 0 failed; digest built", plain.Output);
        foreach (var pdf in Directory.EnumerateFiles(scratch.Out, "*.pdf", SearchOption.AllDirectories))
            Assert.DoesNotContain("pdfaid", System.Text.Encoding.UTF8.GetString(File.ReadAllBytes(pdf)));
    }

    [Fact]
    public void Force_rebuilds_everything_to_the_same_bytes()
    {
        using var scratch = new MonthlyScratch();
        Assert.Equal(ExitCodes.Ok, scratch.Monthly(March).Exit);
        var before = scratch.Snapshot();
        var forced = scratch.Monthly([.. March, "--force"]);
        Assert.Equal(ExitCodes.Ok, forced.Exit);
        Assert.Contains("4 built, 0 up to date, 0 failed; digest built", forced.Output);
        Assert.Equal(before, scratch.Snapshot());
    }

    [Fact]
    public void The_same_month_built_with_one_job_or_four_is_byte_identical()
    {
        using var scratch = new MonthlyScratch();
        var one = Path.Combine(scratch.Root, "one");
        var four = Path.Combine(scratch.Root, "four");
        Assert.Equal(ExitCodes.Ok, scratch.MonthlyInto(one, [.. March, "--jobs", "1"]).Exit);
        Assert.Equal(ExitCodes.Ok, scratch.MonthlyInto(four, [.. March, "--jobs", "4"]).Exit);
        Assert.Equal(scratch.Snapshot(one), scratch.Snapshot(four));
    }

    [Fact]
    public void Editing_a_case_rebuilds_that_case_and_the_digest_only()
    {
        using var scratch = new MonthlyScratch();
        Assert.Equal(ExitCodes.Ok, scratch.Monthly(March).Exit);
        scratch.WriteCase("march-only", scratch.ReadCase("march-only").Replace("Synthetic bottom line of march-only.", "A revised bottom line."));
        var run = scratch.Monthly(March);
        Assert.Equal(ExitCodes.Ok, run.Exit);
        Assert.Contains("1 built, 3 up to date, 0 failed; digest built", run.Output);
        Assert.Matches(@"built +march-only", run.Output);
    }

    [Fact]
    public void An_output_changed_on_disk_is_rebuilt_even_though_its_inputs_are_not()
    {
        using var scratch = new MonthlyScratch();
        Assert.Equal(ExitCodes.Ok, scratch.Monthly(March).Exit);
        var original = File.ReadAllBytes(scratch.OutFile("briefs/whole-year.pdf"));
        File.WriteAllText(scratch.OutFile("briefs/whole-year.pdf"), "truncated");
        var run = scratch.Monthly(March);
        Assert.Contains("1 built, 3 up to date", run.Output);
        Assert.Equal(original, File.ReadAllBytes(scratch.OutFile("briefs/whole-year.pdf")));
    }

    [Fact]
    public void Html_is_written_beside_each_pdf_and_recorded_in_the_manifest()
    {
        using var scratch = new MonthlyScratch();
        var run = scratch.Monthly([.. March, "--format", "pdf,html"]);
        Assert.True(run.Exit == ExitCodes.Ok, run.Error);
        foreach (var id in MarchCases)
        {
            var html = File.ReadAllText(scratch.OutFile($"briefs/{id}.html"));
            Assert.Contains($"Synthetic case {id}", html);
            Assert.StartsWith("%PDF", File.ReadAllText(scratch.OutFile($"briefs/{id}.pdf"))[..4]);
        }
        var digest = File.ReadAllText(scratch.OutFile("monthly-digest-2020-03.html"));
        Assert.Contains("Monthly digest: March 2020", digest);
        Assert.Contains("\"format\": \"html\"", scratch.Manifest());

        // Asking for PDF alone afterwards keeps the PDFs and removes the HTML the month no longer lists.
        var pdfOnly = scratch.Monthly(March);
        Assert.Contains("0 built, 4 up to date", pdfOnly.Output);
        Assert.False(File.Exists(scratch.OutFile("briefs/march-only.html")));
        Assert.DoesNotContain("\"format\": \"html\"", scratch.Manifest());
    }

    [Fact]
    public void A_case_that_leaves_the_month_has_its_old_brief_removed()
    {
        using var scratch = new MonthlyScratch();
        Assert.Equal(ExitCodes.Ok, scratch.Monthly(March).Exit);
        scratch.WriteCase("march-only", scratch.ReadCase("march-only").Replace("start: 2020-03", "start: 2020-05"));
        // Its sources still report events in March, so move them too: it is the period and events that place it.
        foreach (var doc in new[] { "march-report", "march-report-two" })
        {
            var path = Path.Combine(scratch.Sources, "documents", doc + ".yaml");
            File.WriteAllText(path, File.ReadAllText(path).Replace("date: 2020-03", "date: 2020-05"));
        }
        var run = scratch.Monthly(March);
        Assert.Equal(ExitCodes.Ok, run.Exit);
        Assert.Contains("removed briefs/march-only.pdf", run.Output);
        Assert.False(File.Exists(scratch.OutFile("briefs/march-only.pdf")));
        Assert.DoesNotContain("march-only", scratch.Manifest());
    }

    [Fact]
    public void A_month_without_cases_still_gets_a_digest_that_says_so()
    {
        using var scratch = new MonthlyScratch();
        var run = scratch.Monthly("--month", "2018-01", "--format", "html");
        Assert.True(run.Exit == ExitCodes.Ok, run.Error);
        Assert.Contains("0 built, 0 up to date, 0 failed", run.Output);
        Assert.Contains("No case fell in January 2018", File.ReadAllText(scratch.OutFile("monthly-digest-2018-01.html")));
    }

    [Theory]
    [InlineData("--month", "2015-13")]
    [InlineData("--month", "March")]
    [InlineData("--shard", "4/3")]
    [InlineData("--shard", "0/2")]
    [InlineData("--jobs", "0")]
    [InlineData("--format", "docx")]
    public void Usage_mistakes_exit_2_before_anything_is_built(string option, string value)
    {
        using var scratch = new MonthlyScratch();
        var run = scratch.Monthly(option, value);
        Assert.Equal(ExitCodes.Usage, run.Exit);
        Assert.Contains(value, run.Error);
        Assert.False(Directory.Exists(scratch.Out));
    }

    [Fact]
    public void A_missing_sources_folder_is_a_usage_error()
    {
        var run = Cli.Cli.Run("monthly", "--month", "2020-03", "--sources", "/nonexistent/sources", "--out", "/nonexistent/out");
        Assert.Equal(ExitCodes.Usage, run.Exit);
        Assert.Contains("--sources folder '/nonexistent/sources' not found", run.Error);
    }

    [PdfToolFact]
    public void The_digest_pdf_reads_as_a_summary_of_the_month()
    {
        using var scratch = new MonthlyScratch();
        Assert.Equal(ExitCodes.Ok, scratch.Monthly(March).Exit);
        var text = string.Join(' ', PdfText.Extract(scratch.OutFile("monthly-digest-2020-03.pdf"))
            .Split((char[])[' ', '\n', '\r', '\f'], StringSplitOptions.RemoveEmptyEntries));
        foreach (var fact in new[]
                 {
                     "OFFICIAL", "Monthly digest: March 2020", "Four cases fell in March 2020 (three new, one updated).",
                     "Four displacement paths in all, by where each ended: two offline, one still running and one not known.",
                     "Where activity went", "BetaSite", "three days", "four days", "at least 12 days", "By kind of destination", "New this month",
                     "Updated: began before this month", "Synthetic case whole-year", "briefs/march-only.pdf",
                 })
            Assert.Contains(fact, text);
        Assert.DoesNotContain("Cases that could not be built", text);
    }
}
