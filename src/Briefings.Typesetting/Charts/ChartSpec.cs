using Briefings.Typesetting.Words;

namespace Briefings.Typesetting.Charts;

/// <summary>
/// Data for a vector chart: read from a fenced ```chart block, or handed over by a caller's figure renderer.
/// Every word a chart prints is in its data (or, by default, in <see cref="DocumentWords"/>), never in the
/// drawing code. <see cref="Alt"/> replaces the alternative text the engine would write from the data.
/// </summary>
public abstract record ChartSpec(string? Title)
{
    public string? Alt { get; init; }
}

/// <summary>
/// Events on a date axis, each numbered and described in a key below it. A flagged event is drawn hollow
/// and its key line carries <see cref="TimelineWords.FlagNote"/>; <see cref="Words"/> null means the
/// document language's defaults.
/// </summary>
public sealed record TimelineChart(string? Title, IReadOnlyList<TimelineEvent> Events, TimelineWords? Words = null) : ChartSpec(Title);

/// <summary>
/// A date known to day, month or year (drawn as a point or as the span it could fall in), the date as the
/// key prints it, the label, and whether it is flagged.
/// </summary>
public sealed record TimelineEvent(DateOnly Start, DateOnly End, string Key, string Label, bool Flagged);

/// <summary>Boxes on the left, each group's arrows converging on one box on the right.</summary>
public sealed record FlowChart(string? Title, IReadOnlyList<FlowPath> Paths) : ChartSpec(Title);

/// <summary>
/// One group: the boxes it starts from, the box it ends at, a note over the arrows, a status under the end
/// box, and whether the end box is closed (drawn dashed, status in bold).
/// </summary>
public sealed record FlowPath(IReadOnlyList<string> From, string To, string? Note, string? Status, bool Closed);
