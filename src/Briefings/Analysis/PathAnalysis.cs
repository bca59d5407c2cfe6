using Briefings.Sources.Model;

namespace Briefings.Analysis;

/// <summary>
/// A displacement path with what the sources let us measure about it: per document, how long the
/// destination lasted; the days from the last dated ban before launch to the launch, when both are dated;
/// the entries where activity arrived and where it ended (see <see cref="DisplacementMetrics"/>); and the
/// path's metrics.
/// </summary>
public sealed record PathAnalysis(
    DisplacementPath Path,
    IReadOnlyList<Platform> From,
    Platform To,
    IReadOnlyList<BanReport> Triggers,
    TimelineEntry? Launch,
    TimelineEntry? Ban,
    DaySpan? DaysFromBanToLaunch,
    IReadOnlyList<PathMeasure> Measures,
    IReadOnlyList<SourceDocument> Documents,
    TimelineEntry? Arrival,
    TimelineEntry? End,
    DisplacementMetrics Metrics);
