namespace Briefings.Runs;

/// <summary>Why a case is in a month's run; see <see cref="MonthSelector"/> for the rule.</summary>
public enum Placement
{
    /// <summary>The case's period overlaps the month.</summary>
    Period,
    /// <summary>An event in one of its documents is dated, to the month or the day, within the month.</summary>
    Events,
    /// <summary>The case file cannot be read far enough to date it, so every run reports it until it is fixed.</summary>
    Unplaced,
}
