using Briefings.Sources.Model;

namespace Briefings.Templates.Model;

/// <summary>The case's own fields, for the title block and front matter.</summary>
public sealed record CaseView(
    string Id,
    string Title,
    string? Subtitle,
    string Question,
    string Marking,
    string? PreparedBy,
    PartialDate AsOf,
    PartialDate PeriodStart,
    PartialDate PeriodEnd,
    string Language,
    IReadOnlyList<string> Keywords);
