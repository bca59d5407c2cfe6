using Briefings.Sources.Model;

namespace Briefings.Analysis;

/// <summary>
/// The measures of one displacement path, as ranges wherever a date is partial. <see cref="Arrived"/> is
/// the destination's launch, or for an existing platform the first move there; <see cref="Ended"/> when it
/// went offline for good, or for an existing platform when it first banned the arrivals.
/// <see cref="DaysToLaunch"/> runs from the last dated ban known to precede the arrival;
/// <see cref="DaysUp"/> from the arrival to the end, or, for a destination still up, the fewest days the
/// dates allow from the arrival to the latest report (then <see cref="StillUp"/> is true, the span is one
/// number, a lower bound, and it is null when that could be zero). <see cref="Status"/> is the analyst's
/// `outcome`. <see cref="Disputed"/> says the sources disagree about the arrival or the end, in which
/// case <see cref="DaysUp"/> covers every source's own count.
/// </summary>
public sealed record DisplacementMetrics(
    PathOutcome Status,
    PartialDate? Arrived,
    PartialDate? Ended,
    DaySpan? DaysToLaunch,
    DaySpan? DaysUp,
    bool StillUp,
    PartialDate? LastReported,
    bool Disputed)
{
    /// <summary>Whether <see cref="DaysToLaunch"/> could be measured, and if not, why.</summary>
    public BanToArrival BanToArrival { get; init; } = BanToArrival.Measured;

    /// <summary>The sources disagree on the arrival's date, so <see cref="DaysToLaunch"/> covers every source's.</summary>
    public bool DaysToLaunchDisputed { get; init; }

    /// <summary>The arrival is dated only by when it was first reported: it happened by <see cref="Arrived"/>.</summary>
    public bool ArrivedBy { get; init; }
}

/// <summary>Whether the time from the ban to the arrival can be measured (docs/analysis.md, "Displacement metrics").</summary>
public enum BanToArrival
{
    Measured,
    /// <summary>The arrival has no date.</summary>
    ArrivalUndated,
    /// <summary>No dated ban is known to come before the arrival.</summary>
    NoDatedBan,
    /// <summary>The last dated ban may come after the arrival (a month-only arrival against a day-dated ban in that month).</summary>
    MayPrecedeBan,
    /// <summary>The arrival is dated only by its first report: it happened by then, perhaps before the ban.</summary>
    FirstReported,
}
