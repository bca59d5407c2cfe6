using Briefings.Runs;

namespace Briefings.Tests.Runs;

public class ManifestMergerTests
{
    private static readonly Month March = new(2020, 3);

    private static IReadOnlyList<MonthCase> Month(params string[] ids) =>
        ids.Select(id => new MonthCase(id, $"sources/cases/{id}.yaml", null, Placement.Period, CaseStanding.New)).ToList();

    private static (string, Manifest) ShardOf(int index, int count, string month, string tool, params string[] ids) =>
        ($"manifest.shard-{index}-of-{count}.json", new Manifest(month, tool, new Shard(index, count), ids,
            ids.Select(id => ManifestEntry.Built($"briefs/{id}.pdf", id, OutputFormat.Pdf, $"in:{id}", $"out:{id}")).ToList()));

    private static (string, Manifest) Hand(int index, int count, params string[] ids) => ShardOf(index, count, "2020-03", "briefings 1.0", ids);

    [Fact]
    public void Merges_shards_that_cover_the_month_exactly_once()
    {
        var result = ManifestMerger.Merge(March, Month("a", "b", "c"), [Hand(2, 2, "b"), Hand(1, 2, "a", "c")]);
        Assert.Empty(result.Errors);
        Assert.Equal(["a", "b", "c"], result.Merged!.Cases);
        Assert.Equal(["briefs/a.pdf", "briefs/b.pdf", "briefs/c.pdf"], result.Merged.Outputs.Select(o => o.File));
        Assert.Null(result.Merged.Shard);
    }

    [Fact]
    public void Merging_real_shard_hands_gives_the_unsharded_manifest()
    {
        var cases = Month("a", "b", "c", "d", "e", "f", "g");
        var whole = Hand(1, 1, cases.Select(c => c.Id).ToArray()).Item2;
        var shards = Enumerable.Range(1, 3).Select(i => Hand(i, 3, new Shard(i, 3).Take(cases).Select(c => c.Id).ToArray())).ToList();
        var merged = ManifestMerger.Merge(March, cases, shards).Merged!;
        Assert.Equal(ManifestJson.Write(whole with { Shard = null }), ManifestJson.Write(merged));
    }

    [Fact]
    public void A_missing_shard_is_named()
    {
        var result = ManifestMerger.Merge(March, Month("a", "b", "c"), [Hand(1, 3, "a"), Hand(3, 3, "c")]);
        Assert.Null(result.Merged);
        Assert.Contains(result.Errors, e => e.Contains("shard 2/3 has not reported", StringComparison.Ordinal));
        Assert.Contains(result.Errors, e => e.Contains("case b is in 2020-03 but no shard built it", StringComparison.Ordinal));
    }

    [Fact]
    public void A_case_built_by_two_shards_is_refused() =>
        Assert.Contains(ManifestMerger.Merge(March, Month("a", "b"), [Hand(1, 2, "a", "b"), Hand(2, 2, "b")]).Errors,
            e => e.Contains("case b was built by shards 1/2 and 2/2", StringComparison.Ordinal));

    [Fact]
    public void A_case_no_longer_in_the_month_is_refused() =>
        Assert.Contains(ManifestMerger.Merge(March, Month("a"), [Hand(1, 1, "a", "gone")]).Errors,
            e => e.Contains("case gone was built by shard 1/1 but is not in 2020-03", StringComparison.Ordinal));

    [Fact]
    public void Shards_of_different_months_splits_or_tools_are_refused()
    {
        Assert.Contains(ManifestMerger.Merge(March, Month("a", "b"), [Hand(1, 2, "a"), ShardOf(2, 2, "2020-04", "briefings 1.0", "b")]).Errors,
            e => e.Contains("is for 2020-04, not 2020-03", StringComparison.Ordinal));
        Assert.Contains(ManifestMerger.Merge(March, Month("a", "b"), [Hand(1, 2, "a"), Hand(2, 3, "b")]).Errors,
            e => e.Contains("different splits", StringComparison.Ordinal));
        Assert.Contains(ManifestMerger.Merge(March, Month("a", "b"), [Hand(1, 2, "a"), ShardOf(2, 2, "2020-03", "briefings 2.0", "b")]).Errors,
            e => e.Contains("different versions of the tool", StringComparison.Ordinal));
    }

    [Fact]
    public void Inputs_changed_since_a_shard_built_them_are_refused()
    {
        var current = new Dictionary<string, string> { ["briefs/a.pdf"] = "in:a", ["briefs/b.pdf"] = "in:b-edited" };
        var result = ManifestMerger.Merge(March, Month("a", "b"), [Hand(1, 2, "a"), Hand(2, 2, "b")], current);
        Assert.Equal(["briefs/b.pdf: its inputs (sources, templates, theme, --locale or the tool) changed after its shard built it; run that shard again"], result.Errors);
    }

    [Fact]
    public void Nothing_to_merge_says_so() =>
        Assert.Contains("no shard manifests", ManifestMerger.Merge(March, Month("a"), []).Errors.Single(), StringComparison.Ordinal);
}
