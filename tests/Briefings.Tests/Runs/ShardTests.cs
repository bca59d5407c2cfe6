using Briefings.Runs;

namespace Briefings.Tests.Runs;

public class ShardTests
{
    private static IReadOnlyList<MonthCase> Cases(int count) =>
        Enumerable.Range(0, count).Select(i => new MonthCase($"case-{i:D3}", $"sources/cases/case-{i:D3}.yaml", null, Placement.Period, CaseStanding.New))
            .Reverse() // the input order must not matter
            .ToList();

    [Fact]
    public void Shards_cover_every_case_exactly_once_and_differ_by_at_most_one()
    {
        foreach (var count in new[] { 0, 1, 2, 5, 13, 200 })
        foreach (var n in Enumerable.Range(1, 7))
        {
            var cases = Cases(count);
            var hands = Enumerable.Range(1, n).Select(i => new Shard(i, n).Take(cases)).ToList();
            var dealt = hands.SelectMany(h => h.Select(c => c.Id)).ToList();
            Assert.Equal(cases.Select(c => c.Id).Order(StringComparer.Ordinal), dealt.Order(StringComparer.Ordinal));
            Assert.Equal(dealt.Count, dealt.Distinct().Count());
            Assert.InRange(hands.Max(h => h.Count) - hands.Min(h => h.Count), 0, 1);
        }
    }

    [Fact]
    public void The_same_cases_in_any_order_deal_the_same_hands()
    {
        var cases = Cases(20);
        var shuffled = cases.OrderBy(c => c.Id.GetHashCode(StringComparison.Ordinal)).ToList();
        Assert.Equal(new Shard(2, 3).Take(cases).Select(c => c.Id), new Shard(2, 3).Take(shuffled).Select(c => c.Id));
    }

    [Theory]
    [InlineData("1/1", 1, 1)]
    [InlineData("2/4", 2, 4)]
    [InlineData("4/4", 4, 4)]
    public void Parses_i_of_n(string text, int index, int count) => Assert.Equal(new Shard(index, count), Shard.Parse(text));

    [Theory]
    [InlineData("0/4")]
    [InlineData("5/4")]
    [InlineData("1/0")]
    [InlineData("2")]
    [InlineData("a/b")]
    [InlineData("-1/3")]
    public void Rejects_shards_outside_one_to_n(string text) => Assert.Null(Shard.Parse(text));

    [Fact]
    public void Names_its_manifest_for_the_merge() => Assert.Equal("manifest.shard-2-of-4.json", new Shard(2, 4).ManifestName);
}
