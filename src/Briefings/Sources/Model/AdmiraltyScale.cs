using System.Collections.Frozen;

namespace Briefings.Sources.Model;

/// <summary>
/// The Admiralty (NATO) grading: a letter for how reliable a source has been, a number for how
/// credible one piece of its information is. The two are judged separately on purpose.
/// </summary>
public static class AdmiraltyScale
{
    public static IReadOnlyDictionary<char, string> Reliability { get; } = new Dictionary<char, string>
    {
        ['A'] = "completely reliable",
        ['B'] = "usually reliable",
        ['C'] = "fairly reliable",
        ['D'] = "not usually reliable",
        ['E'] = "unreliable",
        ['F'] = "reliability cannot be judged",
    }.ToFrozenDictionary();

    public static IReadOnlyDictionary<int, string> Credibility { get; } = new Dictionary<int, string>
    {
        [1] = "confirmed by other sources",
        [2] = "probably true",
        [3] = "possibly true",
        [4] = "doubtful",
        [5] = "improbable",
        [6] = "truth cannot be judged",
    }.ToFrozenDictionary();
}
