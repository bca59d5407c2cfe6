using Briefings.Sources.Model;

namespace Briefings.Analysis;

/// <summary>
/// One claim as the case's sources make it: every document's version linked by `same_as`, the independent
/// origins they rest on, and the Admiralty credibility that follows (see <see cref="CredibilityRule"/>).
/// A claim no other document repeats is a corroboration of one.
/// </summary>
public sealed record Corroboration(
    IReadOnlyList<ClaimReport> Reports,
    Support Support,
    int Credibility,
    bool Contradicted)
{
    /// <summary>The version the brief prints: the first in the case's source order.</summary>
    public ClaimReport Lead => Reports[0];

    public IReadOnlyList<SourceDocument> Documents => Reports.Select(r => r.Document).Distinct().ToList();

    public int IndependentSources => Support.IndependentOrigins;

    public string CredibilityLabel => AdmiraltyScale.Credibility[Credibility];

    public bool Doubtful => CredibilityRule.IsDoubtful(Credibility, Support);
}
