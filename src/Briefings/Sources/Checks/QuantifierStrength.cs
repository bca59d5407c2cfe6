using System.Text.RegularExpressions;
using Briefings.Problems;
using Briefings.Typesetting;

namespace Briefings.Sources.Checks;

/// <summary>
/// How much of something a sentence claims, from its quantifier words, on one ordinal scale ("some" &lt;
/// "a significant share" &lt; "most" &lt; "almost all"). A judgment whose words claim more than any claim it
/// rests on ("most" over "a significant share", "much of" over "some") outruns its evidence: a warning
/// where the words are, since only quantifiers the words show can be compared.
/// </summary>
public static class QuantifierStrength
{
    private static readonly (int Level, string[] Phrases)[] Scale =
    [
        (1, ["a few", "few", "a handful", "a small share", "a small part", "a minority", "a fraction"]),
        (2, ["some", "part of", "a number of", "several", "a share of"]),
        (3, ["a significant share", "a significant part", "a significant number", "a large share", "a large part",
             "a large number", "a substantial share", "a substantial part", "a substantial number", "many", "a great many"]),
        (4, ["most", "much of", "the majority", "the bulk", "more than half"]),
        (5, ["almost all", "nearly all", "virtually all", "almost every", "nearly every", "almost everyone", "nearly everyone", "all but"]),
    ];

    /// <summary>Longest phrases first, so "a significant share" wins over "a share of" and "almost all" over "all".</summary>
    public static readonly Regex Pattern = new(
        @"\b(?:" + string.Join("|", Scale.SelectMany(s => s.Phrases).OrderByDescending(p => p.Length)
            .Select(p => string.Join(@"\s+", p.Split(' ').Select(Regex.Escape)))) + @")\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>Each quantifier in <paramref name="text"/> with its level, in order.</summary>
    public static IReadOnlyList<(int Level, string Words, int Index)> Find(string text) =>
        Pattern.Matches(text)
            .Select(m =>
            {
                var words = string.Join(' ', m.Value.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
                return (Scale.First(s => s.Phrases.Contains(words)).Level, words, m.Index);
            })
            .ToList();

    /// <summary>
    /// Warnings for a judgment's text against the texts of the claims it rests on; none when those claims
    /// carry no quantifier, since then there is nothing to compare.
    /// </summary>
    public static IReadOnlyList<Diagnostic> Check(SourceText source, Location textAt, string judgment, IReadOnlyList<string> claims)
    {
        var evidence = claims.SelectMany(Find).ToList();
        if (evidence.Count == 0) return [];
        var strongest = evidence.MaxBy(q => q.Level);
        var at = new ScalarPositions(source, textAt, Pattern, Pattern);
        return Find(judgment)
            .Select((q, i) => (q, i))
            .Where(p => p.q.Level > strongest.Level)
            .Select(p => Diagnostic.Warning(at.Find(Pattern, p.i), ProblemCodes.OverstatedQuantifier,
                $"the judgment says '{p.q.Words}' but the strongest claim it rests on says '{strongest.Words}'; " +
                "say no more than the claims do, or rest the judgment on a claim that says it"))
            .ToList();
    }
}
