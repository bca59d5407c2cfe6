namespace Briefings.Sources.Model;

/// <summary>
/// The ICD 203 likelihood scale: seven bands, each with two accepted wordings. Analysts write one
/// of these words; the brief prints it with its range so readers never have to guess what
/// "likely" meant.
/// </summary>
public static class EstimativeScale
{
    public static IReadOnlyList<LikelihoodTerm> Icd203 { get; } =
    [
        new("almost no chance", 1, 5),
        new("remote", 1, 5),
        new("very unlikely", 5, 20),
        new("highly improbable", 5, 20),
        new("unlikely", 20, 45),
        new("improbable", 20, 45),
        new("roughly even chance", 45, 55),
        new("roughly even odds", 45, 55),
        new("likely", 55, 80),
        new("probable", 55, 80),
        new("very likely", 80, 95),
        new("highly probable", 80, 95),
        new("almost certain", 95, 99),
        new("nearly certain", 95, 99),
    ];

    public static LikelihoodTerm? Find(string term) =>
        Icd203.FirstOrDefault(t => t.Term == term.Trim().ToLowerInvariant());
}
