using Briefings.Sources.Model;

namespace Briefings.Runs.Digest;

/// <summary>
/// One displacement path of the month's cases: from where, to where (and what kind of place), the days
/// from the last dated ban to the launch and how long the destination stayed up, each absent when the
/// sources do not allow it. <see cref="DaysUp"/> spans every source's account, so disagreement shows as a range.
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
    string Status);
