using System.Globalization;
using System.Text.RegularExpressions;

namespace Briefings.Runs;

/// <summary>
/// One of <see cref="Count"/> machines' share of a month, numbered from 1 ("2/4"). Cases are dealt out in
/// turn over the month's cases in id order, so shares differ by at most one case and every machine that
/// sees the same sources deals the same hands.
/// </summary>
public readonly partial record struct Shard(int Index, int Count)
{
    public static Shard Whole => new(1, 1);

    public bool IsWhole => Count == 1;

    public static Shard? Parse(string text)
    {
        var match = Shape().Match(text.Trim());
        if (!match.Success) return null;
        var index = int.Parse(match.Groups["i"].Value, CultureInfo.InvariantCulture);
        var count = int.Parse(match.Groups["n"].Value, CultureInfo.InvariantCulture);
        return count >= 1 && index >= 1 && index <= count ? new Shard(index, count) : null;
    }

    /// <summary>This shard's hand: every <see cref="Count"/>th item of the id-ordered list, starting at <see cref="Index"/>.</summary>
    public IReadOnlyList<MonthCase> Take(IReadOnlyList<MonthCase> cases)
    {
        var (index, count) = (Index, Count);
        return cases.OrderBy(c => c.Id, StringComparer.Ordinal).Where((_, i) => i % count == index - 1).ToList();
    }

    /// <summary>Where this shard leaves its manifest for the merge step.</summary>
    public string ManifestName => $"manifest.shard-{Index}-of-{Count}.json";

    public override string ToString() => $"{Index}/{Count}";

    [GeneratedRegex(@"^(?<i>\d{1,4})/(?<n>\d{1,4})$", RegexOptions.CultureInvariant)]
    private static partial Regex Shape();
}
