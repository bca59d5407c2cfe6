namespace Briefings.Templates.Model;

/// <summary>
/// What a brief template sees, and all it sees. Templates name fields in snake_case
/// (`case.as_of`, `judgments`, `likelihood_range`); docs/schema.md lists them. Values are plain data:
/// helpers turn dates, spans and numbers into words in the chosen locale. <see cref="SourceCount"/> says what the
/// sources amount to in independent origins ("two reports of one Reuters story").
/// </summary>
public sealed record BriefModel(
    CaseView Case,
    StatementView BottomLine,
    IReadOnlyList<JudgmentView> Judgments,
    IReadOnlyList<BanView> Bans,
    IReadOnlyList<PathView> Paths,
    IReadOnlyList<TimelineView> Timeline,
    IReadOnlyList<DisagreementView> Disagreements,
    IReadOnlyList<UnknownView> Unknowns,
    IReadOnlyList<StatementView> Implications,
    IReadOnlyList<StatementView> Recommendations,
    IReadOnlyList<SourceView> Sources,
    IReadOnlyList<AgreementView> Agreements,
    string SourceCount);
