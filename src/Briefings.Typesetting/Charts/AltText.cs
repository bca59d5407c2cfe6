namespace Briefings.Typesetting.Charts;

/// <summary>A chart's alternative text, written from its data so a screen reader hears what the eye sees.</summary>
public static class AltText
{
    public static string For(ChartSpec spec) => spec switch
    {
        TimelineChart t => Timeline(t),
        FlowChart f => Flow(f),
        _ => "Chart",
    };

    private static string Timeline(TimelineChart chart)
    {
        var events = chart.Events.OrderBy(e => e.Start).ToList();
        var parts = events.Select(e => $"{Date(e)}: {e.Label}{(e.Conflict ? " (sources disagree on this date)" : "")}");
        return $"Timeline of {events.Count} event{(events.Count == 1 ? "" : "s")}. " + string.Join("; ", parts) + ".";
    }

    private static string Date(TimelineEvent e) => EnglishDate.Long(e.Start, e.DateText);

    private static string Flow(FlowChart chart) => "Displacement flow. " + string.Join(" ", chart.Paths.Select(p =>
        $"From {Join(p.From)} to {p.To}" +
        (p.Trigger is null ? "" : $", after {p.Trigger}") +
        (p.DaysToLaunch is null ? "" : $"; activity arrived {p.DaysToLaunch} after the ban") +
        (p.DaysUp is null ? "" : $"; stayed up {p.DaysUp}") +
        $"; status: {p.Outcome}."));

    private static string Join(IReadOnlyList<string> items) =>
        items.Count <= 1 ? string.Concat(items) : string.Join(", ", items.Take(items.Count - 1)) + " and " + items[^1];
}
