using Briefings.Runs.Digest;
using Briefings.Templates;
using Briefings.Templates.Model;
using Briefings.Typesetting.Figures;
using Scriban.Runtime;
using Briefings.Typesetting;

namespace Briefings.Figures;

/// <summary>
/// The figures templates can place ({{ figure "flow" paths }}, {{ figure "timeline" timeline }}): each kind
/// built from the model's own records (never from text), and the renderers that draw them, registered with
/// the engine by whoever typesets a brief or a digest.
/// </summary>
public static class BriefFigures
{
    public static IReadOnlyList<string> Kinds { get; } = ["flow", "timeline"];

    public static FigureRenderers Renderers { get; } = new([new FlowRenderer(), new TimelineRenderer()]);

    /// <summary>The typed figure for a kind and the records a template passed, or null with why not.</summary>
    public static (object? Figure, string? Diagnostic) Build(string kind, IEnumerable<object?> records, string? title, Locale locale)
    {
        var items = records.Select(r => r is ViewObject view ? view.Source : r).ToList();
        switch (kind)
        {
            case "flow" when items.All(i => i is PathView):
                return (new DisplacementFlow(title, items.Cast<PathView>().Select(Route).ToList(), locale), null);
            case "flow" when items.All(i => i is DigestPathView):
                return (new DisplacementFlow(title, items.Cast<DigestPathView>().Select(Route).ToList(), locale), null);
            case "flow":
                return (null, "a flow figure needs paths (the brief's paths or the digest's chart_paths)");
            case "timeline" when items.All(i => i is TimelineView):
                return (new EventTimeline(title, items.Cast<TimelineView>().Select(e => new TimelineItem(e.When, e.WhenText, e.Text, e.Disputed)).ToList(), locale), null);
            case "timeline":
                return (null, "a timeline figure needs the brief's timeline");
            default:
                return (null, $"no figure kind '{kind}'{DidYouMean.Suffix(kind, Kinds)}; kinds are {string.Join(", ", Kinds)}");
        }
    }

    private static FlowRoute Route(PathView p) => new(
        p.From.Select(f => f.Name).ToList(), p.To.Name, p.BanAction, p.Outcome, p.DaysToLaunchText, p.DaysUpText);

    private static FlowRoute Route(DigestPathView p) => new(
        p.From, p.To, null, p.Status, p.ChartDaysToLaunch, p.DaysUpText);
}
