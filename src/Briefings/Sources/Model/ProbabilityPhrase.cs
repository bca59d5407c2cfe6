namespace Briefings.Sources.Model;

/// <summary>
/// A phrase that expresses how likely something is, the scale it belongs to, the range that scale gives it,
/// and, for phrases from outside ICD 203, the ICD 203 term nearest in meaning (null when none is close).
/// </summary>
public sealed record ProbabilityPhrase(string Phrase, string Scale, string Range, string? NearestIcd203)
{
    public const string Icd203 = "ICD 203";

    public bool IsIcd203 => Scale == Icd203;
}
