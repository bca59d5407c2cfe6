using Briefings.Sources.Model;

namespace Briefings.Analysis;

/// <summary>
/// A displacement path with what the sources let us measure about it: per document, how long the
/// destination lasted; the days from the last dated ban before launch to the launch, when both are dated;
/// the entry where it went offline for good (null while it is up or when no source dates it); and the
/// path's <see cref="DisplacementMetrics"/>.
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
    TimelineEntry? Offline,
    DisplacementMetrics Metrics);
