using Briefings.Sources.Model;

namespace Briefings.Runs.Digest;

/// <summary>
/// One displacement path of the month's cases: from where, to where (and what kind of place), the days
/// from the last dated ban to the arrival and how long the destination stayed up, each absent when the
/// sources do not allow it. Both are the brief's own <see cref="Briefings.Analysis.DisplacementMetrics"/>,
/// taken as they are so that the digest and the brief never give two answers: <see cref="DaysUp"/> covers
/// every source's count where they disagree, and is a lower bound when <see cref="StillUp"/>. The texts are the
/// brief's own words for both ("not measurable", "(disputed)", "at least …"), empty when not known;
/// <see cref="ChartDaysToLaunch"/> is empty where the arrival may precede the ban, since the chart says "arrived … after".
/// </summary>
public sealed record DigestPathView(
    string CaseId,
    string CaseTitle,
    IReadOnlyList<string> From,
    string To,
    string ToKind,
    PartialDate? Launched,
    DaySpan? DaysToLaunch,
    DaySpan? DaysUp,
    string Status,
    bool StillUp,
    string DaysToLaunchText,
    string DaysUpText,
    string ChartDaysToLaunch);
