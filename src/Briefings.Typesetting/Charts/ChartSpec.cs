namespace Briefings.Typesetting.Charts;

/// <summary>Data for a vector chart, read from a fenced ```chart block of YAML.</summary>
public abstract record ChartSpec(string? Title);

/// <summary>Events on a date axis; a conflicting event is one whose sources disagree on its date.</summary>
public sealed record TimelineChart(string? Title, IReadOnlyList<TimelineEvent> Events) : ChartSpec(Title);

/// <summary>A date known to day, month or year: drawn as a point or as the span it could fall in.</summary>
public sealed record TimelineEvent(DateOnly Start, DateOnly End, string DateText, string Label, bool Conflict);

/// <summary>Banned platforms → the alternative activity moved to, with what became of it.</summary>
public sealed record FlowChart(string? Title, IReadOnlyList<FlowPath> Paths) : ChartSpec(Title);

public sealed record FlowPath(IReadOnlyList<string> From, string To, string? Trigger, string Outcome, string? DaysToLaunch, string? DaysUp);
