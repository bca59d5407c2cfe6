using Briefings.Sources.Model;

namespace Briefings.Templates.Model;

/// <summary>
/// A source document for the source list and its footnote: bibliographic facts and grades, and where its content
/// comes from when it relays another report ("relays Reuters copy"; empty when it reports first-hand).
/// </summary>
public sealed record SourceView(
    string Id,
    string Footnote,
    string Title,
    string Publisher,
    string Author,
    PartialDate Published,
    string Kind,
    string? Url,
    string Grade,
    string GradeLabel,
    string GradeReason,
    string Summary,
    int ClaimCount,
    string Origin);
