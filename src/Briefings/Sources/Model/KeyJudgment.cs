using Briefings.Typesetting;

namespace Briefings.Sources.Model;

/// <summary>
/// An analyst's judgment with its ICD 203 likelihood and, separately, the confidence in it and why.
/// The text states the proposition only; the brief adds the estimative wording.
/// </summary>
public sealed record KeyJudgment(
    string Id,
    string Text,
    LikelihoodTerm Likelihood,
    Confidence Confidence,
    string ConfidenceReason,
    IReadOnlyList<Reference> BasedOn,
    Location At)
{
    /// <summary>Where the text was written, for checks that point at words inside it.</summary>
    public Location? TextAt { get; init; }
}
