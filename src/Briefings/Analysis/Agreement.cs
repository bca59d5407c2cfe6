using Briefings.Sources.Model;

namespace Briefings.Analysis;

/// <summary>
/// Something at least two of the case's documents report alike and none disputes: an event on the
/// merged timeline (with its date) or a claim linked by `same_as` (undated). Keeps the documents behind
/// it, how many independent sources they are, and the credibility that earns (see <see cref="CredibilityRule"/>).
/// </summary>
public sealed record Agreement(
    string Text,
    PartialDate? Date,
    IReadOnlyList<SourceDocument> Documents,
    int IndependentSources,
    int? Credibility);
