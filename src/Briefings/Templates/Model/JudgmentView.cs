namespace Briefings.Templates.Model;

/// <summary>
/// A key judgment: its proposition, the ICD 203 term and range, and the confidence with its reason.
/// Kept as separate fields so a template cannot help but print likelihood and confidence apart.
/// </summary>
public sealed record JudgmentView(
    int Position,
    string Id,
    string Text,
    string Likelihood,
    string LikelihoodRange,
    string Confidence,
    string ConfidenceReason,
    IReadOnlyList<string> Cites);
