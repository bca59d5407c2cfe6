using Briefings.Analysis;
using Briefings.Runs;
using Briefings.Runs.Digest;
using Briefings.Sources.Model;
using Briefings.Templates;

namespace Briefings.Tests.Runs;

public class DigestModelTests
{
    private static readonly Month March = new(2020, 3);

    private static DigestModel Build(Func<MonthCase, bool>? fails = null, IReadOnlyList<string>? problems = null, IReadOnlyList<string>? shared = null)
    {
        var files = MonthlyLibrary.Files();
        var library = MonthlyLibrary.Load(files).Library;
        var outcomes = MonthSelector.Select(files, library, March)
            .Select(c => fails?.Invoke(c) == true
                ? new CaseOutcome(c, null, [], problems ?? [$"{c.File}:1:1: error x: broken"])
                : new CaseOutcome(c, CaseAnalyser.Analyse(library, c.Case!), [OutputNames.Brief(c.Id, OutputFormat.Pdf)], []))
            .ToList();
        return DigestModelBuilder.Build(March, Locale.Default, outcomes, shared ?? []);
    }

    [Fact]
    public void Counts_cases_paths_and_outcomes_of_the_month()
    {
        var model = Build();
        Assert.Equal(new DigestCounts(Cases: 4, Built: 4, Failed: 0, New: 3, Updated: 1, Undated: 0, Paths: 4, ChartPaths: 4, Offline: 2, Persisting: 1, Unknown: 1), model.Counts);
        Assert.Equal("2020-03", model.Month.Id);
        Assert.Equal(new PartialDate(2020, 3), model.Month.Date);
        Assert.Equal(["whole-year"], model.UpdatedCases.Select(c => c.Id));
        Assert.Equal([("offline", 2), ("persisting", 1), ("unknown", 1)], model.Outcomes.Select(o => (o.Status, o.Paths)));
    }

    [Fact]
    public void Paths_carry_days_to_launch_and_the_briefs_time_up()
    {
        var path = Build().Paths.Single(p => p.CaseId == "march-only");
        Assert.Equal(["AlphaNet"], path.From);
        Assert.Equal(("BetaSite", "bespoke", "offline"), (path.To, path.ToKind, path.Status));
        Assert.Equal(new DaySpan(3, 3), path.DaysToLaunch); // banned 2 March, launched 5 March
        // One report: 5 to 9 March; the other: 5 March to "March 2020", the same offline, which the
        // timeline dates 9 March. They do not disagree, so the brief says four days, and so does the digest.
        Assert.Equal(new DaySpan(4, 4), path.DaysUp);
        Assert.False(path.StillUp);
        Assert.Null(Build().Paths.Single(p => p.CaseId == "last-day-of-march").DaysToLaunch);
    }

    [Fact]
    public void Paths_to_platforms_that_already_existed_get_the_briefs_metrics_not_per_source_ones()
    {
        // No source dates a launch or an offline on GammaChat, yet the brief measures a move on 3 May and
        // a ban there on 9 May: six days up. The digest used to find no per-source count and say "not known".
        var may = new Month(2020, 5);
        var outcomes = AnalysisFixtures.MonthOutcomes("existing-platforms", may);
        var model = DigestModelBuilder.Build(may, Locale.Default, outcomes, []);

        var gamma = model.Paths.Single(p => p.To == "GammaChat");
        Assert.Equal((new DaySpan(2, 2), new DaySpan(6, 6), false), (gamma.DaysToLaunch!.Value, gamma.DaysUp!.Value, gamma.StillUp));
        var analysed = outcomes.Single().Analysis!.Paths;
        Assert.Equal(
            analysed.Select(p => (p.Metrics.DaysToLaunch, p.Metrics.DaysUp, p.Metrics.StillUp)),
            model.Paths.Select(p => (p.DaysToLaunch, p.DaysUp, p.StillUp)));
    }

    [Fact]
    public void A_destination_still_running_has_the_briefs_lower_bound()
    {
        // Launched 25 March, still up at the latest report, 6 April: at least 12 days, as the brief says.
        var across = Build().Paths.Single(p => p.CaseId == "across-months");
        Assert.Equal(("persisting", (DaySpan?)new DaySpan(12, 12), true), (across.Status, across.DaysUp, across.StillUp));
    }

    [Fact]
    public void Destinations_are_counted_by_kind_in_a_fixed_order()
    {
        Assert.Equal(
            [("alternative", 1, 0, 0, 1), ("bespoke", 2, 2, 0, 0), ("messaging", 1, 0, 1, 0)],
            Build().Destinations.Select(d => (d.Kind, d.Paths, d.Offline, d.Persisting, d.Unknown)));
    }

    [Fact]
    public void Failed_cases_are_listed_with_their_first_problems_and_leave_the_paths()
    {
        var problems = Enumerable.Range(1, 5).Select(i => $"sources/cases/march-only.yaml:{i}:1: error x: problem {i}").ToList();
        var model = Build(c => c.Id == "march-only", problems);
        var failed = Assert.Single(model.Failed);
        Assert.Equal(("march-only", "Synthetic case march-only"), (failed.Id, failed.Title));
        Assert.Equal(problems.Take(DigestModelBuilder.ProblemLimit), failed.Problems);
        Assert.Equal(2, failed.MoreProblems);
        Assert.DoesNotContain(model.Paths, p => p.CaseId == "march-only");
        Assert.Equal((3, 1), (model.Counts.Built, model.Counts.Failed));
        Assert.Equal(3, model.Counts.New); // failed or not, the case is still new this month
    }

    [Fact]
    public void Problems_every_brief_shares_are_listed_once_not_under_each_case()
    {
        const string template = "templates/partials/pathway.sbn-md:2:3: error unknown-template-field: no such field";
        var model = Build(_ => true, [template], [template]);
        Assert.Equal([template], model.SharedProblems);
        Assert.All(model.Failed, f => Assert.Empty(f.Problems));
    }

    [Fact]
    public void The_chart_stops_at_its_limit_while_the_table_keeps_every_path()
    {
        var model = Build();
        Assert.True(model.ChartPaths.Count <= DigestModelBuilder.ChartLimit);
        Assert.Equal(model.Paths.Take(DigestModelBuilder.ChartLimit), model.ChartPaths);
    }

    [Theory]
    [InlineData(new string[0], "OFFICIAL")]
    [InlineData(new[] { "OFFICIAL", "OFFICIAL" }, "OFFICIAL")]
    [InlineData(new[] { "OFFICIAL", "OFFICIAL-SENSITIVE" }, "OFFICIAL-SENSITIVE")]
    [InlineData(new[] { "SECRET", "OFFICIAL" }, "SECRET")]
    [InlineData(new[] { "OFFICIAL", "PROTECT" }, "OFFICIAL / PROTECT")]
    public void The_digest_carries_the_highest_marking_of_its_cases(string[] markings, string expected) =>
        Assert.Equal(expected, DigestMarking.Of(markings));
}
