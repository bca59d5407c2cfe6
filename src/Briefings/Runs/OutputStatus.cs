namespace Briefings.Runs;

/// <summary>
/// The state of an output as the manifest records it. Whether this run built it or found it up to date
/// is the run's news and goes to the log: the manifest must read the same after both.
/// </summary>
public enum OutputStatus { Ok, Failed }
