using Briefings.Sources.Model;

namespace Briefings.Analysis;

/// <summary>
/// The measures of one displacement path, as ranges wherever a date is partial:
/// <see cref="DaysToLaunch"/> from the last dated ban known to precede the launch to the launch;
/// <see cref="DaysUp"/> from the launch to going offline, or, for a destination still up, to the latest
/// report (then <see cref="StillUp"/> is true and the span is a lower bound); <see cref="Status"/> as the
/// analyst states it. <see cref="Disputed"/> says the sources disagree about the launch or the end,
/// in which case <see cref="DaysUp"/> covers every source's own count.
/// </summary>
public sealed record DisplacementMetrics(
    PathOutcome Status,
    DaySpan? DaysToLaunch,
    DaySpan? DaysUp,
    bool StillUp,
    PartialDate? LastReported,
    bool Disputed);
