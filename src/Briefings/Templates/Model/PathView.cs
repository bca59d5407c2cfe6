using Briefings.Sources.Model;

namespace Briefings.Templates.Model;

/// <summary>
/// A displacement path: from where, to where, how it ended, the launch date (cited to the sources that
/// give that date), the days from the last dated ban to the launch (absent when the sources do not date
/// the ban), and how long each source says the destination lasted. <c>outcome</c> is the path's status
/// (offline, persisting, unknown). At the end: <c>arrived</c> (the launch, or the first move to an existing platform),
/// <c>ended</c> (offline for good, or banned there), <c>days_up</c> (a lower bound when <c>still_up</c>, counted to
/// <c>last_reported</c>), whether the sources disagree about the launch or the end, and the action of the
/// dated ban the days to launch count from (e.g. "lost-hosting"; empty when none is dated). The texts say the same in
/// words that never outrun the dates: <c>arrival_text</c> ("by October 2019" when only first reported then),
/// <c>ban_to_arrival_text</c> ("not measurable" when the arrival may precede the ban), and for the chart
/// <c>days_to_launch_text</c> and <c>days_up_text</c> ("(disputed)" where the sources disagree on a date).
/// </summary>
public sealed record PathView(
    string Id,
    IReadOnlyList<PlatformView> From,
    PlatformView To,
    string Outcome,
    PartialDate? Launched,
    IReadOnlyList<string> LaunchCites,
    DaySpan? DaysFromBan,
    IReadOnlyList<MeasureView> Measures,
    IReadOnlyList<string> Cites,
    PartialDate? Arrived,
    PartialDate? Ended,
    DaySpan? DaysUp,
    bool StillUp,
    PartialDate? LastReported,
    bool Disputed,
    string BanAction,
    string ArrivalText,
    IReadOnlyList<string> ArrivalCites,
    string BanToArrivalText,
    string DaysToLaunchText,
    string DaysUpText);

/// <summary>One source's account of how long the destination stayed up.</summary>
public sealed record MeasureView(
    string Source,
    PartialDate? Launched,
    string? LaunchedAsReported,
    PartialDate? WentOffline,
    string? WentOfflineAsReported,
    DaySpan? DaysUp,
    IReadOnlyList<string> Cites);
