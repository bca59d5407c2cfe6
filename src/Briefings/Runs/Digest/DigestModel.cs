namespace Briefings.Runs.Digest;

/// <summary>
/// What templates/monthly-digest.sbn-md sees, and all it sees (fields in snake_case, as for the brief;
/// docs/templates.md lists them). Plain data: template functions word the dates, spans and numbers.
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
