using Briefings.Sources.Model;

namespace Briefings.Runs.Digest;

/// <summary>
/// A case built this month: how it is placed in the month, its bottom line, and the files written for it.
/// <see cref="SourceCount"/> is what its sources amount to in independent origins, as its brief says it.
/// </summary>
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
    IReadOnlyList<string> Files,
    string SourceCount);
