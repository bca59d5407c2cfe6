namespace Briefings.Runs.Digest;

/// <summary>
/// The protective marking of a digest: the highest of its cases' markings, because the digest repeats
/// material from each. The UK scheme's order is known; markings outside it cannot be ranked, so the
/// digest then carries all of them rather than guess which dominates.
/// </summary>
public static class DigestMarking
{
    /// <summary>When no case of the month could be read, there is no case material to protect beyond the lowest level.</summary>
    public const string Default = "OFFICIAL";

    private static readonly string[] Ranked = ["OFFICIAL", "OFFICIAL-SENSITIVE", "SECRET", "TOP SECRET"];

    public static string Of(IEnumerable<string> markings)
    {
        var distinct = markings.Select(m => m.Trim()).Where(m => m.Length > 0).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (distinct.Count == 0) return Default;
        if (distinct.Count == 1) return distinct[0];
        var ranks = distinct.Select(m => Array.IndexOf(Ranked, m.ToUpperInvariant())).ToList();
        return ranks.All(r => r >= 0) ? Ranked[ranks.Max()] : string.Join(" / ", distinct);
    }
}
