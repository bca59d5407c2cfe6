using System.Globalization;
using Briefings.Typesetting.Words;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Briefings.Typesetting.Charts;

/// <summary>
/// The YAML inside a ```chart fence → a ChartSpec, with file:line for every complaint. Key dates are worded
/// in the document's language.
/// </summary>
internal static class ChartReader
{
    private static readonly string[] ChartKeys = ["type", "title", "alt", "events", "legend", "paths"];
    private static readonly string[] TimelineKeys = ["date", "key", "label", "flagged", "conflict"];
    private static readonly string[] LegendKeys = ["point", "flagged", "range", "flag_note"];
    private static readonly string[] FlowKeys = ["from", "to", "note", "status", "closed"];

    public static ChartSpec? Read(string yaml, string file, int firstLine, DocumentWords words, List<Diagnostic> diagnostics)
    {
        int errorsBefore = diagnostics.Count(d => d.Severity == Severity.Error);
        void Error(YamlNode? at, string message) => diagnostics.Add(Diagnostic.Error(file,
            firstLine + (at is null ? 0 : (int)at.Start.Line - 1), at is null ? 1 : (int)at.Start.Column, "chart", message));

        if (Markdown.YamlDepth.TooDeepAt(yaml) is { } deep)
        {
            diagnostics.Add(Diagnostic.Error(file, firstLine + deep.Line - 1, deep.Column, "too-deep", "chart YAML: " + Markdown.YamlDepth.Message));
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
            diagnostics.Add(Diagnostic.Error(file, firstLine + (int)((e as YamlException)?.Start.Line ?? 1) - 1, (int)((e as YamlException)?.Start.Column ?? 1), "chart", $"chart YAML: {e.InnerException?.Message ?? e.Message}"));
            return null;
        }

        string? Text(YamlMappingNode map, string key) => map.Children.TryGetValue(key, out var n) && n is YamlScalarNode s ? s.Value : null;
        void Unknown(YamlMappingNode map, string[] known)
        {
            foreach (var key in map.Children.Keys.OfType<YamlScalarNode>().Where(k => !known.Contains(k.Value)))
            {
                var near = DidYouMean.Nearest(key.Value ?? "", known);
                diagnostics.Add(Diagnostic.Warning(file, firstLine + (int)key.Start.Line - 1, (int)key.Start.Column, "chart",
                    $"chart key '{key.Value}' is not used{(near is null ? "" : $"; did you mean '{near}'?")} (keys here: {string.Join(", ", known)})"));
            }
        }
        Unknown(root, ChartKeys);
        var type = Text(root, "type");
        var title = Text(root, "title");
        var alt = Text(root, "alt");
        ChartSpec? spec = null;
        switch (type)
        {
            case "timeline":
                var events = new List<TimelineEvent>();
                foreach (var item in Items(root, "events", Error))
                {
                    Unknown(item, TimelineKeys);
                    var dateText = Text(item, "date");
                    var label = Text(item, "label");
                    if (label is null) { Error(item, "timeline event needs a 'label'"); continue; }
                    if (dateText is null || ParseDate(dateText) is not { } range)
                    {
                        Error(item.Children.TryGetValue("date", out var d) ? d : item, $"timeline date '{dateText}' must be YYYY, YYYY-MM or YYYY-MM-DD");
                        continue;
                    }
                    events.Add(new TimelineEvent(range.Start, range.End, Text(item, "key") ?? words.LongDate(range.Start, range.Precision), label,
                        (Text(item, "flagged") ?? Text(item, "conflict")) == "true"));
                }
                if (events.Count == 0) Error(root, "a timeline chart needs at least one event under 'events'");
                spec = new TimelineChart(title, events, Legend(root, words.Timeline));
                break;
            case "flow":
                var paths = new List<FlowPath>();
                foreach (var item in Items(root, "paths", Error))
                {
                    Unknown(item, FlowKeys);
                    var from = item.Children.TryGetValue("from", out var f) switch
                    {
                        true when f is YamlSequenceNode seq => seq.Children.OfType<YamlScalarNode>().Select(s => s.Value ?? "").ToList(),
                        true when f is YamlScalarNode one => [one.Value ?? ""],
                        _ => new List<string>(),
                    };
                    var to = Text(item, "to");
                    if (from.Count == 0 || to is null) { Error(item, "a flow path needs 'from' (a platform or a list) and 'to'"); continue; }
                    paths.Add(new FlowPath(from, to, Text(item, "note"), Text(item, "status"), Text(item, "closed") == "true"));
                }
                if (paths.Count == 0) Error(root, "a flow chart needs at least one path under 'paths'");
                spec = new FlowChart(title, paths);
                break;
            default:
                Error(root, $"chart type '{type}' is not known; use 'timeline' or 'flow'");
                break;
        }
        return diagnostics.Count(d => d.Severity == Severity.Error) > errorsBefore ? null : spec is null ? null : spec with { Alt = alt };

        // The key's words, each defaulting to the document language's.
        TimelineWords? Legend(YamlMappingNode chart, TimelineWords defaults)
        {
            if (!chart.Children.TryGetValue("legend", out var node)) return null;
            if (node is not YamlMappingNode legend) { Error(node, "'legend' must be a mapping of point, flagged, range and flag_note"); return null; }
            Unknown(legend, LegendKeys);
            return defaults with
            {
                Point = Text(legend, "point") ?? defaults.Point,
                Flagged = Text(legend, "flagged") ?? defaults.Flagged,
                Range = Text(legend, "range") ?? defaults.Range,
                FlagNote = Text(legend, "flag_note") ?? defaults.FlagNote,
            };
        }
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
    public static (DateOnly Start, DateOnly End, DatePrecision Precision)? ParseDate(string text)
    {
        var c = CultureInfo.InvariantCulture;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", c, DateTimeStyles.None, out var day)) return (day, day, DatePrecision.Day);
        if (DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", c, DateTimeStyles.None, out var month)) return (month, new DateOnly(month.Year, month.Month, DateTime.DaysInMonth(month.Year, month.Month)), DatePrecision.Month);
        if (DateOnly.TryParseExact(text + "-01-01", "yyyy-MM-dd", c, DateTimeStyles.None, out var year)) return (year, new DateOnly(year.Year, 12, 31), DatePrecision.Year);
        return null;
    }
}
