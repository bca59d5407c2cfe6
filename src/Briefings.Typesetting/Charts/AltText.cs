using Briefings.Typesetting.Words;

namespace Briefings.Typesetting.Charts;

/// <summary>
/// A chart's alternative text, so a screen reader hears what the eye sees: the chart's own when its maker
/// wrote one, else written from the data in the document's words.
/// </summary>
public static class AltText
{
    public static string For(ChartSpec spec, DocumentWords words) => spec.Alt ?? spec switch
    {
        TimelineChart t => Timeline(t, t.Words ?? words.Timeline),
        FlowChart f => Flow(f, words),
        _ => words.FlowChart,
    };

    private static string Timeline(TimelineChart chart, TimelineWords words)
    {
        var events = chart.Events.OrderBy(e => e.Start).ToList();
        var parts = events.Select(e => $"{e.Key}: {Clause(e.Label)}{(e.Flagged ? " " + Clause(words.FlagNote) : "")}");
        return $"{words.Alt(events.Count)}. " + string.Join("; ", parts) + ".";
    }

    private static string Flow(FlowChart chart, DocumentWords words) => words.FlowChart + ". " + string.Join(" ", chart.Paths.Select(p =>
        $"{string.Join(", ", p.From)} → {p.To}" +
        (p.Note is null ? "" : $"; {Clause(p.Note)}") +
        (p.Status is null ? "" : $"; {Clause(p.Status)}") + "."));

    /// <summary>A sentence as a clause of a longer one: labels are often whole sentences, and "Gab.; 3 November" reads badly.</summary>
    private static string Clause(string text) => text.TrimEnd() is var t && t.EndsWith('.') && !t.EndsWith("..", StringComparison.Ordinal) ? t[..^1] : t;
}
