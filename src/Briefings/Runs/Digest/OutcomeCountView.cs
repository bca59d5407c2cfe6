namespace Briefings.Runs.Digest;

/// <summary>How many of the month's paths ended one way ("offline", "persisting", "unknown"); only outcomes that occur are listed, so a sentence can join them.</summary>
public sealed record OutcomeCountView(string Status, int Paths);
