using Briefings.Sources.Model;

namespace Briefings.Analysis;

/// <summary>
/// How long the destination stayed up according to one document: its launch and offline dates as that
/// document gives them, and the days between (a range when a date is partial, null when either is missing).
/// </summary>
public sealed record PathMeasure(
    SourceDocument Document,
    SourceEvent? Launched,
    SourceEvent? WentOffline,
    DaySpan? DaysUp);
