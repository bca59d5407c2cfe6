using Briefings.Figures;
using Briefings.Sources.Model;
using Briefings.Templates;
using Briefings.Typesetting.Charts;
using Briefings.Typesetting;

namespace Briefings.Tests.Templates;

/// <summary>
/// The figures templates place: typed data from the analysis, handed to the engine beside the Markdown (a
/// ```figure fence marks the place), worded in the brief's locale, and drawn by the renderers the domain registers.
/// </summary>
public class FigureTests
{
    private static IReadOnlyList<ChartSpec> Charts(RenderedMarkdown brief)
    {
        Assert.Empty(brief.Problems);
        foreach (var id in brief.Figures.Keys) Assert.Contains($"```figure {id}\n```", brief.Markdown);
        return brief.Figures.Values.Select(f => BriefFigures.Renderers.For(f)!.Draw(f)).ToList();
    }

    [Fact]
    public void The_first_case_gets_a_flow_and_a_timeline_from_its_derived_data()
    {
        var charts = Charts(Briefs.RenderFirstCase());
        var flow = Assert.IsType<FlowChart>(charts[0]);
        Assert.Equal("From the banned platforms to the alternative", flow.Title);
        var path = Assert.Single(flow.Paths);
        Assert.Equal(["Twitter", "Facebook"], path.From);
        Assert.Equal("Caliphate book", path.To);
        Assert.Equal("bans on Twitter and Facebook · arrived an unknown time after the ban", path.Note);
        Assert.Equal("Offline · up 0–8 days (disputed)", path.Status);
        Assert.True(path.Closed);

        var timeline = Assert.IsType<TimelineChart>(charts[1]);
        Assert.Equal("Events the sources report", timeline.Title);
        Assert.Equal(
            [
                ("March 2015", "Twitter suspended the network's own account.", false),
                ("8 March 2015", "The caliphate book went live.", true),
                ("9 March 2015", "The caliphate book went offline behind a notice from its administrators.", false),
                ("9 March 2015", "One report, graded doubtful, says Twitter suspended accounts linked to the Islamic State.", false),
            ],
            timeline.Events.Select(e => (e.Key, e.Label, e.Flagged)));
        Assert.Equal((new DateOnly(2015, 3, 1), new DateOnly(2015, 3, 31)), (timeline.Events[0].Start, timeline.Events[0].End));
    }

    [Fact]
    public void An_american_brief_words_its_chart_key_as_its_text()
    {
        var brief = Briefs.RenderFirstCase(Locale.AmericanEnglish);
        var timeline = Charts(brief).OfType<TimelineChart>().Single();
        Assert.Equal("March 8, 2015", timeline.Events[1].Key);
        Assert.Contains("| March 8, 2015 |", brief.Markdown);
        Assert.Equal("en-US", brief.Meta!.Language);
    }

    [Fact]
    public void Partial_dates_and_a_persisting_path_reach_the_flow_chart_as_ranges_and_lower_bounds()
    {
        Assert.Equal("Offline · up 30–59 days", Flow("partial-dates").Status);
        Assert.Contains("arrived 2–31 days after the ban", Flow("partial-dates").Note);
        var persisting = Flow("persisting");
        Assert.Equal("Persisting · up at least 45 days", persisting.Status);
        Assert.Contains("arrived three days after the ban", persisting.Note);
        Assert.False(persisting.Closed);
    }

    [Fact]
    public void Awkward_text_reaches_the_figures_unchanged_because_nothing_is_written_as_text_and_read_back()
    {
        const string awkward = "BetaSite said: \"we're back\" # not \\ really *done* {{ x }}";
        var brief = Render("persisting", library => library with
        {
            Platforms = library.Platforms.Select(p => p.Id == "beta-site" ? p with { Name = awkward } : p).ToList(),
            Documents = library.Documents.Select(d => d with { Events = d.Events.Select(e => e with { Text = awkward }).ToList() }).ToList(),
        });
        var charts = Charts(brief);
        Assert.Equal(awkward, charts.OfType<FlowChart>().Single().Paths[0].To);
        Assert.All(charts.OfType<TimelineChart>().Single().Events, e => Assert.Equal(awkward, e.Label));
    }

    [Fact]
    public void An_unknown_figure_kind_fails_at_its_call()
    {
        var result = TemplateRenderer.Render(Briefs.Templates("# T\n\n{{ figure \"flwo\" paths }}\n"), Briefs.FixtureModel(), Locale.Default);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(new Briefings.Typesetting.Location("templates/brief.sbn-md", 3, 4), problem.At);
        Assert.StartsWith("no figure kind 'flwo'; did you mean 'flow'?", problem.Message);
    }

    private static FlowPath Flow(string fixture) => Charts(Render(fixture)).OfType<FlowChart>().Single().Paths[0];

    private static RenderedMarkdown Render(string fixture, Func<SourceLibrary, SourceLibrary>? change = null)
    {
        var library = AnalysisFixtures.Load(fixture).Library;
        library = change?.Invoke(library) ?? library;
        var (templates, problems) = TemplateFolder.Read(TestPaths.RepositoryTemplates);
        Assert.Empty(problems);
        return BriefPipeline.Render(library, library.Cases[0], templates!);
    }
}
