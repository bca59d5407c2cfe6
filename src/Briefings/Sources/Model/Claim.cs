using Briefings.Problems;

namespace Briefings.Sources.Model;

/// <summary>
/// One thing a document asserts, in the analyst's words, with the Admiralty credibility (1–6) of that
/// piece of information and links to the same or a contradicting claim in other documents.
/// </summary>
public sealed record Claim(
    string Id,
    string Text,
    int Credibility,
    IReadOnlyList<Reference> About,
    Quote? Quote,
    IReadOnlyList<Reference> SameAs,
    IReadOnlyList<Reference> Contradicts,
    string? Note,
    Location At)
{
    public string CredibilityLabel => AdmiraltyScale.Credibility.GetValueOrDefault(Credibility, "ungraded");
}
