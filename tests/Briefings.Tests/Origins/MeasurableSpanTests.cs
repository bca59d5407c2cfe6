using Briefings.Analysis;
using Briefings.Runs;
using Briefings.Runs.Digest;
using Briefings.Sources.Model;
using Briefings.Templates;

namespace Briefings.Tests.Origins;

/// <summary>
/// Metrics that do not outrun their dates: a move dated only to the month of a day-dated ban, and one known
/// only from its first report (Fixtures/Analysis/month-arrival), are not measurable; a launch two sources date
/// differently (date-conflict) makes every metric from it a range marked disputed, in text, chart and digest.
/// </summary>
public class MeasurableSpanTests
{
    [Fact]
    public void A_month_only_arrival_against_a_ban_in_that_month_is_not_measurable_never_clamped_to_zero()
    {
        var paths = AnalysisFixtures.Analyse("month-arrival").Paths;
        Assert.Equal(
            [
                ("alpha-to-gamma", BanToArrival.MayPrecedeBan, (DaySpan?)null, false),
                ("alpha-to-delta", BanToArrival.FirstReported, null, true),
            ],
            paths.Select(p => (p.Path.Id, p.Metrics.BanToArrival, p.Metrics.DaysToLaunch, p.Metrics.ArrivedBy)));
    }

    [Fact]
    public void The_brief_says_by_when_and_not_measurable()
    {
        var model = ProvenanceFixtures.Model("month-arrival");
        Assert.Equal(
            [
                ("The first move there is dated May 2020.",
                 "The time from the ban to the arrival is not measurable: the arrival is dated only to May 2020, and may have come before the last dated ban (10 May 2020).",
                 ""),
                ("Activity had moved there by June 2020, when the move was first reported.",
                 "The time from the ban to the arrival is not measurable: it is dated only by its first report, and may have come before the ban.",
                 ""),
            ],
            model.Paths.Select(p => (p.ArrivalText, p.BanToArrivalText, p.DaysToLaunchText)));
        Assert.Equal("by June 2020", model.Timeline.Single(t => t.Text.Contains("DeltaBoard")).WhenText);
        Assert.DoesNotContain("days after", ProvenanceFixtures.Markdown("month-arrival"));
        // The digest's table says so; its chart, which reads "arrived … after the ban", says nothing.
        Assert.Equal(
            [("not measurable", ""), ("not measurable", "")],
            Digest("month-arrival").Paths.Select(p => (p.DaysToLaunchText, p.ChartDaysToLaunch)));
    }

    private static DigestModel Digest(string fixture)
    {
        var library = AnalysisFixtures.Load(fixture).Library;
        var may = new Month(2020, 5);
        var outcomes = MonthSelector.Select(AnalysisFixtures.Files(fixture), library, may)
            .Select(c => new CaseOutcome(c, CaseAnalyser.Analyse(library, c.Case!), [], []))
            .ToList();
        return DigestModelBuilder.Build(may, Locale.Default, outcomes, []);
    }

    [Fact]
    public void A_disputed_launch_date_widens_and_marks_every_metric_in_text_chart_and_digest()
    {
        var model = ProvenanceFixtures.Model("date-conflict");
        var path = Assert.Single(model.Paths);
        Assert.Equal(
            ("That was 3–6 days after the last dated ban (disputed: the range covers every source's date).", "3–6 days (disputed)", "6–9 days (disputed)"),
            (path.BanToArrivalText, path.DaysToLaunchText, path.DaysUpText));
        var figure = AnalysisFixtures.Rendered("date-conflict").Figures.Values.OfType<Briefings.Figures.DisplacementFlow>().Single();
        var chart = (Briefings.Typesetting.Charts.FlowChart)Briefings.Figures.BriefFigures.Renderers.For(figure)!.Draw(figure);
        var drawn = Assert.Single(chart.Paths);
        Assert.Contains("arrived 3–6 days (disputed) after the ban", drawn.Note);
        Assert.EndsWith("up 6–9 days (disputed)", drawn.Status);

        var digest = Assert.Single(Digest("date-conflict").Paths);
        Assert.Equal(("3–6 days (disputed)", "6–9 days (disputed)"), (digest.DaysToLaunchText, digest.DaysUpText));
    }
}
