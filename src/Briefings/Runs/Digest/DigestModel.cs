using Briefings.Sources.Model;

namespace Briefings.Runs.Digest;

/// <summary>
/// What templates/monthly-digest.md.hbs sees, and all it sees (fields in snake_case, as for the brief;
/// docs/operations.md lists them). Plain data: helpers word the dates, spans and numbers.
/// </summary>
public sealed record DigestModel(
    MonthView Month,
    string Marking,
    string Language,
    DigestCounts Counts,
    IReadOnlyList<DigestCaseView> Cases,
    IReadOnlyList<DigestCaseView> NewCases,
    IReadOnlyList<DigestCaseView> UpdatedCases,
    IReadOnlyList<DigestPathView> Paths,
    IReadOnlyList<DigestPathView> ChartPaths,
    IReadOnlyList<OutcomeCountView> Outcomes,
    IReadOnlyList<DestinationKindView> Destinations,
    IReadOnlyList<FailedCaseView> Failed,
    IReadOnlyList<string> SharedProblems);

/// <summary>The month: its id ("2015-03") and itself as a date, for {{date month.date}} → "March 2015".</summary>
public sealed record MonthView(string Id, PartialDate Date);

/// <summary>
/// Totals for the opening paragraph. New and updated count every case of the month, built or not;
/// <see cref="Undated"/> those whose file could not be read far enough to tell. <see cref="ChartPaths"/> is how many paths the chart draws: it stops
/// at <see cref="DigestModelBuilder.ChartLimit"/> so that it fits a page; the table lists them all.
/// </summary>
public sealed record DigestCounts(int Cases, int Built, int Failed, int New, int Updated, int Undated, int Paths, int ChartPaths, int Offline, int Persisting, int Unknown);

/// <summary>A case built this month: how it is placed in the month, its bottom line, and the files written for it.</summary>
public sealed record DigestCaseView(
    string Id,
    string Title,
    PartialDate PeriodStart,
    PartialDate PeriodEnd,
    string Standing,
    string PlacedBy,
    string BottomLine,
    int Sources,
    int Paths,
    IReadOnlyList<string> Files);

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

/// <summary>How many of the month's paths ended one way ("offline", "persisting", "unknown"); only outcomes that occur are listed, so a sentence can join them.</summary>
public sealed record OutcomeCountView(string Status, int Paths);

/// <summary>Paths of the month by the kind of place activity went to, and how they ended.</summary>
public sealed record DestinationKindView(string Kind, int Paths, int Offline, int Persisting, int Unknown);

/// <summary>
/// A case that did not build: its file and its first problems (file:line:column: message) besides those
/// every brief shares (<see cref="DigestModel.SharedProblems"/>, listed once); the manifest and the log have them all.
/// </summary>
public sealed record FailedCaseView(string Id, string? Title, string File, IReadOnlyList<string> Problems, int MoreProblems);
