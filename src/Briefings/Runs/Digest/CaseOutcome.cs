using Briefings.Analysis;

namespace Briefings.Runs.Digest;

/// <summary>
/// How one case of the month came out, as the digest needs it: built (with its analysis and the files
/// written) or failed (with its problems, each already at file:line:column).
/// </summary>
public sealed record CaseOutcome(MonthCase Case, CaseAnalysis? Analysis, IReadOnlyList<string> Files, IReadOnlyList<string> Problems)
{
    public bool Built => Analysis is not null;
}
