using System.Globalization;
using System.Text;

namespace Briefings.Typesetting.Charts;

/// <summary>
/// A chart as the YAML of a ```chart fence, the inverse of <see cref="ChartReader"/>: for Markdown written
/// out to be read by people or rendered on its own (<see cref="Markdown.StandaloneMarkdown"/>), never on the
/// way from a caller's data to the page.
/// </summary>
public static class ChartWriter
{
    public static string Fence(ChartSpec spec, string alt)
    {
        var yaml = new StringBuilder("```chart\n");
        switch (spec)
        {
            case TimelineChart timeline:
                yaml.Append("type: timeline\n");
                Head(yaml, spec, alt);
                if (timeline.Words is { } words)
                    yaml.Append($"legend:\n  point: {Q(words.Point)}\n  flagged: {Q(words.Flagged)}\n  range: {Q(words.Range)}\n  flag_note: {Q(words.FlagNote)}\n");
                yaml.Append("events:\n");
                foreach (var e in timeline.Events)
                    yaml.Append($"  - date: {Q(Date(e.Start, e.End))}\n    key: {Q(e.Key)}\n    label: {Q(e.Label)}\n    flagged: {(e.Flagged ? "true" : "false")}\n");
                break;
            case FlowChart flow:
                yaml.Append("type: flow\n");
                Head(yaml, spec, alt);
                yaml.Append("paths:\n");
                foreach (var p in flow.Paths)
                {
                    yaml.Append($"  - from: [{string.Join(", ", p.From.Select(Q))}]\n    to: {Q(p.To)}\n");
                    if (p.Note is { } note) yaml.Append($"    note: {Q(note)}\n");
                    if (p.Status is { } status) yaml.Append($"    status: {Q(status)}\n");
                    yaml.Append($"    closed: {(p.Closed ? "true" : "false")}\n");
                }
                break;
        }
        return yaml.Append("```").ToString();
    }

    private static void Head(StringBuilder yaml, ChartSpec spec, string alt)
    {
        if (spec.Title is { } title) yaml.Append($"title: {Q(title)}\n");
        yaml.Append($"alt: {Q(alt)}\n");
    }

    /// <summary>The span a partial date covers, back as the date: 2015-03-08, 2015-03, 2015.</summary>
    private static string Date(DateOnly start, DateOnly end)
    {
        var c = CultureInfo.InvariantCulture;
        if (start == end) return start.ToString("yyyy-MM-dd", c);
        if (start.Day == 1 && end == start.AddMonths(1).AddDays(-1)) return start.ToString("yyyy-MM", c);
        return start.ToString("yyyy", c);
    }

    /// <summary>A YAML double-quoted scalar: any text reads back unchanged.</summary>
    public static string Q(string value)
    {
        var text = new StringBuilder("\"");
        foreach (var c in value)
            text.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                _ when char.IsControl(c) => $"\\u{(int)c:x4}",
                _ => c.ToString(),
            });
        return text.Append('"').ToString();
    }
}
