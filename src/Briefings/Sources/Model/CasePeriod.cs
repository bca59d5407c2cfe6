namespace Briefings.Sources.Model;

/// <summary>The time a case covers, each end at its own precision.</summary>
public sealed record CasePeriod(PartialDate Start, PartialDate End);
