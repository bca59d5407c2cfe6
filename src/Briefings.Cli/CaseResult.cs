using Briefings.Runs;

namespace Briefings.Cli;

/// <summary>
/// One case's part of a run: what happened, the manifest entries for its outputs, the located problems
/// to print (errors when it failed, warnings either way) and how many are errors, its page count and how
/// long it took (for the log only; nothing time-dependent reaches an output).
/// </summary>
internal sealed record CaseResult(
    MonthCase Case,
    CaseState State,
    IReadOnlyList<ManifestEntry> Entries,
    IReadOnlyList<string> Messages,
    int Errors,
    int Pages,
    TimeSpan Duration);
