using Briefings.Analysis;
using Briefings.Runs;
using Briefings.Runs.Digest;
using Briefings.Sources.Model;
using Briefings.Templates;
using Briefings.Typesetting.Charts;

namespace Briefings.Tests.Runs;

/// <summary>
/// The digest's paths table in the repository's templates, worded as the brief words the same metric, on
/// Fixtures/Analysis/existing-platforms (May 2020).
/// </summary>
public class DigestPathWordingTests
{
    private static DigestModel Model()
    {
        var may = new Month(2020, 5);
        return DigestModelBuilder.Build(may, Locale.Default, AnalysisFixtures.MonthOutcomes("existing-platforms", may), []);
    }

    private static string Render(DigestModel model) => Rendered(model).Markdown!;

    private static RenderedMarkdown Rendered(DigestModel model)
    {
        var (read, problems) = TemplateFolder.Read(TestPaths.RepositoryTemplates, RunTemplates.DigestMain);
        Assert.Empty(problems);
        var rendered = TemplateRenderer.Render(RunTemplates.ForDigest(read!), model, Locale.Default);
        Assert.Empty(rendered.Problems);
        return rendered;
    }

    /// <summary>The table row of the path to <paramref name="to"/>: case, from, to, ban to launch, time up, status.</summary>
    private static string Row(string markdown, string to) =>
        markdown.Split('\n').Single(l => l.StartsWith("| Synthetic case |", StringComparison.Ordinal) && l.Split(" | ")[2] == to);

    [Fact]
    public void An_undated_arrival_after_a_dated_ban_is_not_called_undated()
    {
        // GammaChat's ban is dated; the move to DeltaBoard is not, so ban to launch is not known.
        var row = Row(Render(Model()), "DeltaBoard");
        Assert.Contains("| not known | not known | still running |", row);
        Assert.DoesNotContain("not dated", row);
    }

    [Fact]
    public void A_same_day_arrival_is_less_than_a_day_as_in_the_brief_not_zero_days()
    {
        var model = Model();
        var gamma = model.Paths.Single(p => p.To == "GammaChat");
        var metrics = new DisplacementMetrics(PathOutcome.Offline, null, null, new DaySpan(0, 0), null, false, null, false);
        var words = new PathWording(new Wording(Locale.Default));
        Assert.Equal("less than a day", words.DaysToLaunch(metrics, "", ""));
        Assert.Equal("less than a day (disputed)", words.DaysToLaunch(metrics with { DaysToLaunchDisputed = true }, "", ""));
        var text = words.DaysToLaunch(metrics, "", "");
        var sameDay = model with { Paths = model.Paths.Select(p => p == gamma ? p with { DaysToLaunchText = text, ChartDaysToLaunch = text } : p).ToList() };
        sameDay = sameDay with { ChartPaths = sameDay.Paths };
        var rendered = Rendered(sameDay);
        Assert.Contains("| GammaChat | less than a day | six days | offline |", Row(rendered.Markdown!, "GammaChat"));
        var chart = (FlowChart)Briefings.Figures.BriefFigures.Renderers.For(Assert.Single(rendered.Figures).Value)!.Draw(Assert.Single(rendered.Figures).Value);
        Assert.Equal("arrived less than a day after the ban", chart.Paths.Single(p => p.To == "GammaChat").Note);
        Assert.DoesNotContain("zero days", rendered.Markdown);
    }
}
