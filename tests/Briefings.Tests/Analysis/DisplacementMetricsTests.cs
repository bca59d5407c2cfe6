using Briefings.Analysis;
using Briefings.Sources.Model;

namespace Briefings.Tests.Analysis;

/// <summary>Fixtures/Analysis/partial-dates, persisting and date-conflict: per-path metrics as ranges.</summary>
public class DisplacementMetricsTests
{
    private static PartialDate D(string text) => PartialDate.Parse(text)!.Value;

    [Fact]
    public void Partial_dates_give_ranges_of_days_not_false_precision()
    {
        var path = Assert.Single(AnalysisFixtures.Analyse("partial-dates").Paths);
        Assert.Equal(
            new DisplacementMetrics(PathOutcome.Offline, D("2020-05-02"), D("2020-06"),
                DaysToLaunch: new DaySpan(2, 31), DaysUp: new DaySpan(30, 59), StillUp: false,
                LastReported: D("2020-06-15"), Disputed: false),
            path.Metrics);
        Assert.Equal(
            [("paper-a", (DaySpan?)new DaySpan(30, 59)), ("paper-b", null)],
            path.Measures.Select(m => (m.Document.Id, m.DaysUp)));
        Assert.Equal(["paper-a", "paper-b"], path.Arrival!.Reports.Select(r => r.Document.Id));
    }

    [Fact]
    public void A_destination_that_came_back_and_is_still_up_has_a_lower_bound()
    {
        var path = Assert.Single(AnalysisFixtures.Analyse("persisting").Paths);
        Assert.Null(path.End);
        Assert.Equal(
            new DisplacementMetrics(PathOutcome.Persisting, D("2020-05-01"), null,
                DaysToLaunch: new DaySpan(3, 3), DaysUp: new DaySpan(45, 45), StillUp: true,
                LastReported: D("2020-06-15"), Disputed: false),
            path.Metrics);
    }

    [Fact]
    public void The_latest_report_counts_a_later_document_the_path_rests_on_though_it_dates_nothing_there()
    {
        var paths = AnalysisFixtures.Analyse("existing-platforms").Paths;
        // Only paper-c reports DeltaBoard, in a claim; paper-b (12 May) names the ban that set the move off.
        var delta = paths.Single(p => p.Path.Id == "gamma-to-delta");
        Assert.Equal(D("2020-08-20"), delta.Metrics.LastReported);
        // GammaChat: paper-a and paper-b date events there, and the path rests on paper-a; paper-c is not about it.
        Assert.Equal(D("2020-05-12"), paths.Single(p => p.Path.Id == "alpha-to-gamma").Metrics.LastReported);
    }

    [Fact]
    public void When_the_sources_disagree_on_the_launch_every_metric_from_it_is_a_disputed_range()
    {
        var path = Assert.Single(AnalysisFixtures.Analyse("date-conflict").Paths);
        // The merged timeline says 1 to 10 May (nine days); paper-b's own dates say six. The launch is
        // 1 May by one source and 4 May by the other, so the days from the ban (28 April) are 3–6, disputed.
        Assert.Equal(
            new DisplacementMetrics(PathOutcome.Offline, D("2020-05-01"), D("2020-05-10"),
                DaysToLaunch: new DaySpan(3, 6), DaysUp: new DaySpan(6, 9), StillUp: false,
                LastReported: D("2020-05-22"), Disputed: true) { DaysToLaunchDisputed = true },
            path.Metrics);
    }

    [Fact]
    public void The_first_case_stays_up_zero_to_eight_days_because_its_sources_disagree()
    {
        var path = Assert.Single(Briefs.FirstCaseAnalysis().Paths);
        Assert.Equal(
            new DisplacementMetrics(PathOutcome.Offline, D("2015-03-08"), D("2015-03-09"),
                DaysToLaunch: null, DaysUp: new DaySpan(0, 8), StillUp: false,
                LastReported: D("2015-03-10"), Disputed: true) { BanToArrival = BanToArrival.NoDatedBan },
            path.Metrics);
    }
}
