using Briefings.Typesetting.Charts;
using Briefings.Typesetting.Figures;

namespace Briefings.Figures;

/// <summary>An <see cref="EventTimeline"/> as the engine's timeline: the key dates worded as the brief's text words them.</summary>
public sealed class TimelineRenderer : FigureRenderer<EventTimeline>
{
    protected override ChartSpec Draw(EventTimeline timeline)
    {
        var words = new FigureWording(timeline.Locale);
        return new TimelineChart(
            timeline.Title,
            timeline.Events.Select(e => new TimelineEvent(e.When.Earliest, e.When.Latest, e.WhenText, e.Text, e.Disputed)).ToList(),
            words.Timeline);
    }
}
