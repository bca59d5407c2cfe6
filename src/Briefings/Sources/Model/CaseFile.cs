using Briefings.Typesetting;

namespace Briefings.Sources.Model;

/// <summary>
/// One case (sources/cases/&lt;id&gt;.yaml): the question, the documents it draws on, the displacement
/// it describes and the analyst's judgments. Everything the brief asserts traces to here or to a document.
/// </summary>
public sealed record CaseFile(
    string Id,
    string Title,
    string? Subtitle,
    string Question,
    CasePeriod Period,
    string Marking,
    string? Locale,
    string? PreparedBy,
    PartialDate AsOf,
    IReadOnlyList<string> Keywords,
    IReadOnlyList<Reference> Sources,
    Statement BottomLine,
    IReadOnlyList<DisplacementPath> Paths,
    IReadOnlyList<KeyJudgment> Judgments,
    IReadOnlyList<Statement> Implications,
    IReadOnlyList<Statement> Recommendations,
    IReadOnlyList<Statement> Unknowns,
    Location IdAt)
{
    /// <summary>Where a scaffold's `&lt;…&gt;` values are still unfilled: validate warns, a brief is not built from them.</summary>
    public IReadOnlyList<Location> Placeholders { get; init; } = [];
}
