using Briefings.Typesetting;

namespace Briefings.Sources.Model;

/// <summary>
/// The structured summary of one source (sources/documents/&lt;id&gt;.yaml): what it is, how far it can be
/// trusted, and what it says, all in the analyst's own words.
/// </summary>
public sealed record SourceDocument(
    string Id,
    string Title,
    string Publisher,
    string Author,
    PartialDate Published,
    DocumentKind Kind,
    string Language,
    string? Url,
    Reliability Reliability,
    string Summary,
    IReadOnlyList<Claim> Claims,
    IReadOnlyList<SourceEvent> Events,
    IReadOnlyList<string> Unknowns,
    Location IdAt)
{
    public Claim? FindClaim(string id) => Claims.FirstOrDefault(c => c.Id == id);

    public SourceEvent? FindEvent(string id) => Events.FirstOrDefault(e => e.Id == id);

    /// <summary>Where the document's content comes from when it relays another report; null when it reports first-hand.</summary>
    public Origin? Origin { get; init; }

    /// <summary>Where a scaffold's `&lt;…&gt;` values are still unfilled: validate warns, a brief is not built from them.</summary>
    public IReadOnlyList<Location> Placeholders { get; init; } = [];
}
