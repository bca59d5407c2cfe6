using Briefings.Cli;

namespace Briefings.Tests.Runs;

/// <summary>`monthly --shard i/n` on several machines, then `monthly merge`: the same month as one run.</summary>
public class MonthlyShardTests
{
    private static readonly string[] Month = ["--month", "2020-03"];

    [Fact]
    public void Three_shards_and_a_merge_give_the_same_files_as_one_run()
    {
        using var scratch = new MonthlyScratch();
        var whole = Path.Combine(scratch.Root, "whole");
        Assert.Equal(ExitCodes.Ok, scratch.MonthlyInto(whole, Month).Exit);

        var built = new List<string>();
        foreach (var shard in new[] { "1/3", "2/3", "3/3" })
        {
            var run = scratch.Monthly([.. Month, "--shard", shard]);
            Assert.True(run.Exit == ExitCodes.Ok, run.Error);
            Assert.Contains($"wrote manifest.shard-{shard.Replace("/", "-of-")}.json", run.Output);
            built.AddRange(System.Text.RegularExpressions.Regex.Matches(run.Output, @"built +(\S+)").Select(m => m.Groups[1].Value));
        }
        Assert.Equal(["across-months", "last-day-of-march", "march-only", "whole-year"], built.Order(StringComparer.Ordinal));
        Assert.False(File.Exists(scratch.OutFile("manifest.json")));
        Assert.False(File.Exists(scratch.OutFile("monthly-digest-2020-03.pdf")));

        var merge = scratch.Monthly(["merge", .. Month]);
        Assert.True(merge.Exit == ExitCodes.Ok, merge.Error);
        Assert.Contains("merge: 3 shards, 4 cases (4 ok, 0 failed); digest built", merge.Output);

        var merged = scratch.Snapshot().Where(f => !f.Key.StartsWith("manifest.shard-", StringComparison.Ordinal)).ToDictionary();
        Assert.Equal(scratch.Snapshot(whole), merged);
    }

    [Fact]
    public void A_shard_run_again_finds_its_own_cases_up_to_date()
    {
        using var scratch = new MonthlyScratch();
        Assert.Equal(ExitCodes.Ok, scratch.Monthly([.. Month, "--shard", "1/2"]).Exit);
        var manifest = File.ReadAllText(scratch.OutFile("manifest.shard-1-of-2.json"));
        var again = scratch.Monthly([.. Month, "--shard", "1/2"]);
        Assert.Contains("0 built, 2 up to date, 0 failed", again.Output);
        Assert.Equal(manifest, File.ReadAllText(scratch.OutFile("manifest.shard-1-of-2.json")));
    }

    [Fact]
    public void Merge_refuses_while_a_shard_is_missing_and_writes_nothing()
    {
        using var scratch = new MonthlyScratch();
        Assert.Equal(ExitCodes.Ok, scratch.Monthly([.. Month, "--shard", "1/3"]).Exit);
        Assert.Equal(ExitCodes.Ok, scratch.Monthly([.. Month, "--shard", "3/3"]).Exit);
        var merge = scratch.Monthly(["merge", .. Month]);
        Assert.Equal(ExitCodes.InvalidInput, merge.Exit);
        Assert.Contains("shard 2/3 has not reported (no manifest.shard-2-of-3.json)", merge.Error);
        Assert.Contains("refused; nothing written", merge.Output);
        Assert.False(File.Exists(scratch.OutFile("manifest.json")));
    }

    [Fact]
    public void Merge_refuses_when_sources_changed_after_a_shard_ran()
    {
        using var scratch = new MonthlyScratch();
        foreach (var shard in new[] { "1/2", "2/2" }) Assert.Equal(ExitCodes.Ok, scratch.Monthly([.. Month, "--shard", shard]).Exit);
        scratch.WriteCase("whole-year", scratch.ReadCase("whole-year").Replace("Synthetic bottom line", "Edited bottom line"));
        var merge = scratch.Monthly(["merge", .. Month]);
        Assert.Equal(ExitCodes.InvalidInput, merge.Exit);
        Assert.Contains("briefs/whole-year.pdf: its inputs", merge.Error);
    }

    [Fact]
    public void A_failure_in_one_shard_fails_that_shard_and_the_merge_but_not_the_other_shards()
    {
        using var scratch = new MonthlyScratch();
        scratch.WriteCase("broken-case", scratch.ReadCase("march-only").Replace("id: march-only", "id: broken-case").Replace("likelihood: likely", "likelihood: fairly sure"));
        var exits = new[] { "1/2", "2/2" }.Select(s => scratch.Monthly([.. Month, "--shard", s]).Exit).ToList();
        Assert.Equal([ExitCodes.Ok, ExitCodes.InvalidInput], exits); // broken-case is second in id order, so shard 2/2 is dealt it
        var merge = scratch.Monthly(["merge", .. Month]);
        Assert.Equal(ExitCodes.InvalidInput, merge.Exit);
        Assert.Contains("(4 ok, 1 failed)", merge.Output);
        Assert.Matches(@"cases/broken-case\.yaml:\d+:\d+: error bad-likelihood", merge.Error);
        Assert.True(File.Exists(scratch.OutFile("monthly-digest-2020-03.pdf")));
    }
}
