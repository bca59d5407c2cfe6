using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Briefings.Typesetting.Charts;

/// <summary>The YAML inside a ```chart fence → a ChartSpec, with file:line for every complaint.</summary>
internal static class ChartReader
{
    public static ChartSpec? Read(string yaml, string file, int firstLine, List<Diagnostic> diagnostics)
    {
        int errorsBefore = diagnostics.Count(d => d.Severity == Severity.Error);
        void Error(YamlNode? at, string message) => diagnostics.Add(Diagnostic.Error(file,
            firstLine + (at is null ? 0 : (int)at.Start.Line - 1), at is null ? 1 : (int)at.Start.Column, message));

        if (Markdown.YamlDepth.TooDeepAt(yaml) is { } deep)
        {
            diagnostics.Add(Diagnostic.Error(file, firstLine + deep.Line - 1, deep.Column, "chart YAML: " + Markdown.YamlDepth.Message));
            return null;
        }
        YamlMappingNode root;
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode mapping)
            {
                Error(null, "a chart block needs YAML with 'type: timeline' or 'type: flow'");
                return null;
            }
            root = mapping;
        }
        catch (Exception e) when (e is YamlException or InvalidOperationException or ArgumentException)
        {
            diagnostics.Add(Diagnostic.Error(file, firstLine + (int)((e as YamlException)?.Start.Line ?? 1) - 1, (int)((e as YamlException)?.Start.Column ?? 1), $"chart YAML: {e.InnerException?.Message ?? e.Message}"));
            return null;
        }

        string? Text(YamlMappingNode map, string key) => map.Children.TryGetValue(key, out var n) && n is YamlScalarNode s ? s.Value : null;
        var type = Text(root, "type");
        var title = Text(root, "title");
        ChartSpec? spec = null;
        switch (type)
        {
            case "timeline":
                var events = new List<TimelineEvent>();
                foreach (var item in Items(root, "events", Error))
                {
                    var dateText = Text(item, "date");
                    var label = Text(item, "label");
                    if (label is null) { Error(item, "timeline event needs a 'label'"); continue; }
                    if (dateText is null || ParseDate(dateText) is not { } range)
                    {
                        Error(item.Children.TryGetValue("date", out var d) ? d : item, $"timeline date '{dateText}' must be YYYY, YYYY-MM or YYYY-MM-DD");
                        continue;
                    }
                    events.Add(new TimelineEvent(range.Start, range.End, dateText, label, Text(item, "conflict") == "true"));
                }
                if (events.Count == 0) Error(root, "a timeline chart needs at least one event under 'events'");
                spec = new TimelineChart(title, events);
                break;
            case "flow":
                var paths = new List<FlowPath>();
                foreach (var item in Items(root, "paths", Error))
                {
                    var from = item.Children.TryGetValue("from", out var f) switch
                    {
                        true when f is YamlSequenceNode seq => seq.Children.OfType<YamlScalarNode>().Select(s => s.Value ?? "").ToList(),
                        true when f is YamlScalarNode one => [one.Value ?? ""],
                        _ => new List<string>(),
                    };
                    var to = Text(item, "to");
                    if (from.Count == 0 || to is null) { Error(item, "a flow path needs 'from' (a platform or a list) and 'to'"); continue; }
                    paths.Add(new FlowPath(from, to, Text(item, "trigger"), Text(item, "outcome") ?? "unknown",
                        Text(item, "days_to_launch"), Text(item, "days_up")));
                }
                if (paths.Count == 0) Error(root, "a flow chart needs at least one path under 'paths'");
                spec = new FlowChart(title, paths);
                break;
            default:
                Error(root, $"chart type '{type}' is not known; use 'timeline' or 'flow'");
                break;
        }
        return diagnostics.Count(d => d.Severity == Severity.Error) > errorsBefore ? null : spec;
    }

    private static IEnumerable<YamlMappingNode> Items(YamlMappingNode root, string key, Action<YamlNode?, string> error)
    {
        if (!root.Children.TryGetValue(key, out var node)) yield break;
        if (node is not YamlSequenceNode sequence) { error(node, $"'{key}' must be a list"); yield break; }
        foreach (var child in sequence)
            if (child is YamlMappingNode map) yield return map;
            else error(child, $"each entry of '{key}' must be a mapping");
    }

    /// <summary>A partial date as the span of days it may denote: "2015-03" → 1–31 March 2015.</summary>
    public static (DateOnly Start, DateOnly End)? ParseDate(string text)
    {
        var c = CultureInfo.InvariantCulture;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", c, DateTimeStyles.None, out var day)) return (day, day);
        if (DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", c, DateTimeStyles.None, out var month)) return (month, new DateOnly(month.Year, month.Month, DateTime.DaysInMonth(month.Year, month.Month)));
        if (DateOnly.TryParseExact(text + "-01-01", "yyyy-MM-dd", c, DateTimeStyles.None, out var year)) return (year, new DateOnly(year.Year, 12, 31));
        return null;
    }
}
