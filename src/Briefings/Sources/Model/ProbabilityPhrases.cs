namespace Briefings.Sources.Model;

/// <summary>
/// Words of likelihood a judgment's text might slip into, for the estimative-language warnings.
/// ICD 203 terms (with their adverbs) belong in `likelihood:`, not the text. The others come from other
/// yardsticks, chiefly the UK PHIA probability yardstick, whose bands differ from ICD 203's (PHIA's
/// "highly likely" is 80–90%, ICD 203's "very likely" 80–95%), so mixing scales misstates the odds.
/// </summary>
public static class ProbabilityPhrases
{
    private const string Phia = "UK PHIA yardstick";
    private const string Kent = "Sherman Kent's words of estimative probability";
    private const string NoScale = "no agreed scale";

    /// <summary>
    /// "remote" alone is left out: as a likelihood it is ICD 203's, but in a proposition it far more often
    /// means far away ("remote servers"), and a warning that is usually wrong teaches people to ignore warnings.
    /// </summary>
    public static IReadOnlyList<ProbabilityPhrase> All { get; } =
    [
        .. EstimativeScale.Icd203.Where(t => t.Term != "remote").Select(t => new ProbabilityPhrase(t.Term, ProbabilityPhrase.Icd203, t.Range, t.Term)),
        new("almost certainly", ProbabilityPhrase.Icd203, "95–99%", "almost certain"),
        new("probably", ProbabilityPhrase.Icd203, "55–80%", "likely"),
        new("improbably", ProbabilityPhrase.Icd203, "20–45%", "unlikely"),
        new("remote chance", Phia, "0–5%", "almost no chance"),
        new("highly unlikely", Phia, "10–20%", "very unlikely"),
        new("realistic possibility", Phia, "40–50%", "roughly even chance"),
        new("highly likely", Phia, "80–90%", "very likely"),
        new("chances about even", Kent, "about 40–60%", "roughly even chance"),
        new("probably not", Kent, "about 20–40%", "unlikely"),
        new("almost certainly not", Kent, "about 2–12%", "almost no chance"),
        new("real possibility", NoScale, "no defined range", null),
        new("distinct possibility", NoScale, "no defined range", null),
        new("serious possibility", NoScale, "no defined range", null),
        new("fair chance", NoScale, "no defined range", null),
        new("good chance", NoScale, "no defined range", null),
        new("better than even", NoScale, "no defined range", null),
    ];

    public static ProbabilityPhrase? Find(string phrase)
    {
        var words = string.Join(' ', phrase.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return All.FirstOrDefault(p => p.Phrase == words);
    }
}
