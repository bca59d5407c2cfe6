namespace Briefings.Templates.Model;

/// <summary>
/// A key judgment: its proposition, the ICD 203 term and range, the confidence with its reason, and
/// how many sources (and independent sources) it rests on. Likelihood and confidence are separate
/// fields so a template cannot help but print them apart. <see cref="RestsOn"/> says what the sources amount to
/// ("two reports of one Reuters story", "three independent sources").
/// </summary>
public sealed record JudgmentView(
    int Position,
    string Id,
    string Text,
    string Likelihood,
    string LikelihoodRange,
    string Confidence,
    string ConfidenceReason,
    IReadOnlyList<string> Cites,
    int Sources,
    int IndependentSources,
    string RestsOn);
