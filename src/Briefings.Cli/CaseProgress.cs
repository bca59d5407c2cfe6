namespace Briefings.Cli;

/// <summary>How a run reports its cases to the log: a case id as it starts, its result as it finishes.</summary>
internal sealed record CaseProgress(Action<string> Started, Action<CaseResult> Finished);
