using Briefings.Sources.Model;
using Briefings.Templates;
using Briefings.Templates.Model;

namespace Briefings.Tests.Templates;

/// <summary>
/// Scriban's loop limit counts every step of a render, summed over nested loops and array functions; its
/// default (1,000) would stop a big case. The limit is set on purpose so 2,000 events render.
/// </summary>
public class LargeCaseTests
{
    [Fact]
    public void A_case_with_two_thousand_events_renders_every_one()
    {
        var model = Briefs.FixtureModel();
        var start = new DateOnly(2015, 1, 1);
        var events = Enumerable.Range(0, 2000)
            .Select(i => new TimelineView(PartialDate.Of(start.AddDays(i)), $"Event number {i + 1}.", "AlphaNet", [], [], 1, false, "", start.AddDays(i).ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture)))
            .ToList();
        var (templates, problems) = TemplateFolder.Read(TestPaths.RepositoryTemplates);
        Assert.Empty(problems);

        var rendered = TemplateRenderer.Render(Briefings.Runs.RunTemplates.ForBrief(templates!), model with { Timeline = events }, Locale.Default);

        Assert.Empty(rendered.Problems);
        Assert.Equal(2000, rendered.Markdown!.Split('\n').Count(l => l.StartsWith("| ", StringComparison.Ordinal) && l.Contains("| Event number ", StringComparison.Ordinal)));
        var figure = Assert.IsType<Briefings.Figures.EventTimeline>(rendered.Figures.Values.Single(f => f is Briefings.Figures.EventTimeline));
        Assert.Equal(2000, figure.Events.Count);
    }
}
