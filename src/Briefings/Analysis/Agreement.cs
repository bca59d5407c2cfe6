using Briefings.Sources.Model;

namespace Briefings.Analysis;

/// <summary>
/// Something at least two of the case's documents report alike and none disputes: an event on the
/// merged timeline (with its date) or a claim linked by `same_as` (undated). Keeps the documents behind
/// it, the independent origins they amount to, the credibility that earns (see <see cref="CredibilityRule"/>),
/// and whether it is still doubtful.
/// </summary>
public sealed record Agreement(
    string Text,
    PartialDate? Date,
    IReadOnlyList<SourceDocument> Documents,
    Support Support,
    int? Credibility,
    bool Doubtful)
{
    public int IndependentSources => Support.IndependentOrigins;
}
