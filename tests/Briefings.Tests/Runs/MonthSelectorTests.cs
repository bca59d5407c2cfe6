using Briefings.Runs;

namespace Briefings.Tests.Runs;

/// <summary>The month rule at its edges, on the synthetic cases described in Fixtures/Monthly/README.md.</summary>
public class MonthSelectorTests
{
    private static IReadOnlyList<MonthCase> Select(int year, int month)
    {
        var files = MonthlyLibrary.Files();
        return MonthSelector.Select(files, MonthlyLibrary.Load(files).Library, new Month(year, month));
    }

    private static string[] Ids(IReadOnlyList<MonthCase> cases) => cases.Select(c => c.Id).ToArray();

    [Fact]
    public void The_fixture_is_valid() => Assert.DoesNotContain(MonthlyLibrary.Load().Problems, p => p.IsError);

    [Fact]
    public void March_takes_cases_whose_period_overlaps_it_up_to_its_last_day()
    {
        Assert.Equal(["across-months", "last-day-of-march", "march-only", "whole-year"], Ids(Select(2020, 3)));
    }

    [Fact]
    public void April_takes_the_case_spanning_two_months_the_first_day_and_a_case_placed_by_an_event()
    {
        var april = Select(2020, 4);
        Assert.Equal(["across-months", "first-day-of-april", "placed-by-events", "whole-year"], Ids(april));
        Assert.Equal(Placement.Events, april.Single(c => c.Id == "placed-by-events").PlacedBy);
        Assert.Equal(Placement.Period, april.Single(c => c.Id == "across-months").PlacedBy);
    }

    [Fact]
    public void A_case_spanning_two_months_is_new_in_the_first_and_updated_in_the_second()
    {
        Assert.Equal(CaseStanding.New, Select(2020, 3).Single(c => c.Id == "across-months").Standing);
        Assert.Equal(CaseStanding.Updated, Select(2020, 4).Single(c => c.Id == "across-months").Standing);
    }

    [Fact]
    public void A_year_only_period_covers_every_month_of_its_year_and_is_new_only_in_January()
    {
        foreach (var month in Enumerable.Range(1, 12))
            Assert.Contains("whole-year", Ids(Select(2020, month)));
        Assert.Equal(CaseStanding.New, Select(2020, 1).Single(c => c.Id == "whole-year").Standing);
        Assert.Equal(CaseStanding.Updated, Select(2020, 7).Single(c => c.Id == "whole-year").Standing);
        Assert.DoesNotContain("whole-year", Ids(Select(2021, 1)));
    }

    [Fact]
    public void An_event_known_only_to_the_year_places_a_case_in_no_month()
    {
        // year-only-event runs 2019-06; its one event of 2020 is dated just "2020".
        foreach (var month in Enumerable.Range(1, 12))
            Assert.DoesNotContain("year-only-event", Ids(Select(2020, month)));
        Assert.Contains("year-only-event", Ids(Select(2019, 6)));
        // placed-by-events has a year-only event too: it is in January (period) and April (a dated event), nowhere else.
        var months = Enumerable.Range(1, 12).Where(m => Ids(Select(2020, m)).Contains("placed-by-events")).ToArray();
        Assert.Equal([1, 4], months);
    }

    [Fact]
    public void Day_periods_at_the_month_edges_stay_in_their_own_month()
    {
        Assert.DoesNotContain("last-day-of-march", Ids(Select(2020, 4)));
        Assert.DoesNotContain("first-day-of-april", Ids(Select(2020, 3)));
    }

    [Fact]
    public void A_month_with_nothing_in_it_selects_nothing() => Assert.Empty(Select(2018, 1));

    [Fact]
    public void A_case_file_that_cannot_be_read_is_in_every_month_so_each_run_reports_it()
    {
        var files = MonthlyLibrary.WithCase("broken-case", "id: broken-case\ntitle: [unclosed\n");
        var library = MonthlyLibrary.Load(files).Library;
        foreach (var month in new[] { new Month(2020, 3), new Month(2031, 7) })
        {
            var broken = MonthSelector.Select(files, library, month).Single(c => c.Id == "broken-case");
            Assert.Equal(Placement.Unplaced, broken.PlacedBy);
            Assert.Null(broken.Case);
        }
    }

    [Fact]
    public void A_case_whose_period_is_malformed_cannot_be_dated_and_is_reported_every_month()
    {
        var text = File.ReadAllText(Path.Combine(MonthlyLibrary.Folder, "cases", "march-only.yaml"))
            .Replace("id: march-only", "id: bad-period").Replace("start: 2020-03", "start: 2020-13");
        var files = MonthlyLibrary.WithCase("bad-period", text);
        var selected = MonthSelector.Select(files, MonthlyLibrary.Load(files).Library, new Month(2024, 1));
        Assert.Equal(Placement.Unplaced, selected.Single(c => c.Id == "bad-period").PlacedBy);
    }
}
