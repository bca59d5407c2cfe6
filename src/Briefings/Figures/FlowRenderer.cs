using Briefings.Typesetting.Charts;
using Briefings.Typesetting.Figures;

namespace Briefings.Figures;

/// <summary>A <see cref="DisplacementFlow"/> as the engine's flow chart: a closed (dashed) box for a destination gone offline.</summary>
public sealed class FlowRenderer : FigureRenderer<DisplacementFlow>
{
    protected override ChartSpec Draw(DisplacementFlow flow)
    {
        var words = new FigureWording(flow.Locale);
        return new FlowChart(flow.Title, flow.Routes.Select(r => new FlowPath(
            r.From, r.To, words.Note(r) is { Length: > 0 } note ? note : null, words.Status(r), r.Outcome == "offline")).ToList())
        {
            Alt = words.FlowAlt(flow),
        };
    }
}
