using Briefings.Typesetting;

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

    /// <summary>Where this claim comes from when it differs from its document's origin (one document relaying several originals).</summary>
    public Origin? Origin { get; init; }

    /// <summary>Earlier claims this one revises (a death toll of 20 that became 22): an update, not a contradiction.</summary>
    public IReadOnlyList<Reference> Revises { get; init; } = [];

    /// <summary>Where `credibility` was written, for the warning about a typed 1.</summary>
    public Location? CredibilityAt { get; init; }
}
