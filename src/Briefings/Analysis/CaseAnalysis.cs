using Briefings.Sources.Model;

namespace Briefings.Analysis;

/// <summary>
/// Everything the brief says about one case, derived from the case file and its documents: nothing here
/// is typed by hand, and everything keeps the documents behind it. Fields are only ever added at the
/// end, so code that reads an analysis keeps working.
/// </summary>
public sealed record CaseAnalysis(
    CaseFile Case,
    IReadOnlyList<SourceDocument> Documents,
    StatementAnalysis BottomLine,
    IReadOnlyList<JudgmentAnalysis> Judgments,
    IReadOnlyList<BanReport> Bans,
    IReadOnlyList<PathAnalysis> Paths,
    IReadOnlyList<TimelineEntry> Timeline,
    IReadOnlyList<Disagreement> Disagreements,
    IReadOnlyList<UnknownItem> Unknowns,
    IReadOnlyList<StatementAnalysis> Implications,
    IReadOnlyList<StatementAnalysis> Recommendations,
    IReadOnlyList<Platform> Platforms,
    IReadOnlyList<Corroboration> Corroborations,
    IReadOnlyList<Agreement> Agreements,
    Support Sources);
