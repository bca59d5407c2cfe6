namespace Briefings.Runs;

/// <summary>How a case stands in the month's digest.</summary>
public enum CaseStanding
{
    /// <summary>Its period starts in the month (or later: its documents report events ahead of it).</summary>
    New,
    /// <summary>Its period started before the month; the month extends it or adds events to it.</summary>
    Updated,
}
