using Briefings.Analysis;
using Briefings.Sources.Model;

namespace Briefings.Tests.Analysis;

public class CaseAnalysisTests
{
    private static PartialDate D(string text) => PartialDate.Parse(text)!.Value;

    [Fact]
    public void The_first_case_timeline_merges_reports_of_the_same_event()
    {
        var timeline = Briefs.FirstCaseAnalysis().Timeline;
        Assert.Equal(
            [
                ("2015-03", EventAction.SuspendedAccounts, "itproportal-caliphate-book-offline"),
                ("2015-03-08", EventAction.Launched, "guardianlv-caliphate-book-platforms,itproportal-caliphate-book-offline"),
                ("2015-03-09", EventAction.WentOffline, "itproportal-caliphate-book-offline,guardianlv-caliphate-book-platforms"),
                ("2015-03-09", EventAction.SuspendedAccounts, "guardianlv-caliphate-book-platforms"),
            ],
            timeline.Select(e => (e.Date.ToString(), e.Action, string.Join(",", e.Reports.Select(r => r.Document.Id)))));
    }

    [Fact]
    public void The_first_case_disagreements_are_surfaced_with_both_sources()
    {
        Assert.Equal(
            [
                ["itproportal-caliphate-book-offline#offline-days-after-launch", "guardianlv-caliphate-book-platforms#offline-one-day-after-launch"],
                ["itproportal-caliphate-book-offline#shutdown-notice", "guardianlv-caliphate-book-platforms#did-not-return"],
            ],
            Briefs.FirstCaseAnalysis().Disagreements.Select(d => d.Versions.Select(v => $"{v.Document.Id}#{v.Claim!.Id}").ToArray()));
    }

    [Fact]
    public void Days_up_are_measured_per_source_with_ranges_for_partial_dates()
    {
        var path = Assert.Single(Briefs.FirstCaseAnalysis().Paths);
        Assert.Equal(
            [("itproportal-caliphate-book-offline", new DaySpan(0, 8)), ("guardianlv-caliphate-book-platforms", new DaySpan(1, 1))],
            path.Measures.Select(m => (m.Document.Id, m.DaysUp!.Value)));
        Assert.Equal(D("2015-03-08"), path.Launch!.Date);
        // The only dated Twitter suspensions come after the launch, so no ban-to-launch time can be given.
        Assert.Null(path.DaysFromBanToLaunch);
        Assert.Equal(PathOutcome.Offline, path.Path.Outcome);
    }

    [Fact]
    public void Judgments_cite_the_documents_they_rest_on_through_other_judgments()
    {
        var analysis = Briefs.FirstCaseAnalysis();
        var kits = analysis.Judgments.Single(j => j.Judgment.Id == "kj-kits-lower-the-bar");
        Assert.Equal(["itproportal-caliphate-book-offline", "guardianlv-caliphate-book-platforms"], kits.Documents.Select(d => d.Id));
        Assert.Equal([1, 2, 3], analysis.BottomLine.JudgmentNumbers);
    }

    [Fact]
    public void A_ban_dated_before_the_launch_gives_days_to_launch()
    {
        var library = FixtureLibrary.Load().Library;
        var report = library.FindDocument("report-one")!;
        var ban = new SourceEvent("accounts-removed-event", D("2020-04-28"), null, "AlphaNet removed the group's accounts.",
            new Reference("alpha-net", report.IdAt), EventAction.Banned, new Reference("alpha-net", report.IdAt),
            new Reference("example-group", report.IdAt), null, null, report.IdAt);
        var changed = library with { Documents = library.Documents.Select(d => d.Id == "report-one" ? d with { Events = [.. d.Events, ban] } : d).ToList() };

        var path = Assert.Single(CaseAnalyser.Analyse(changed, changed.FindCase("sample-case")!).Paths);
        Assert.Equal(new DaySpan(3, 3), path.DaysFromBanToLaunch);
    }

    [Fact]
    public void Fixture_events_with_compatible_dates_merge_to_the_most_precise()
    {
        var entry = Assert.Single(Briefs.FixtureAnalysis().Timeline, e => e.Action == EventAction.Launched);
        Assert.Equal(D("2020-05-01"), entry.Date);
        Assert.Equal(["report-one", "report-two"], entry.Reports.Select(r => r.Document.Id));
    }

    [Fact]
    public void A_ban_that_triggers_a_path_cites_every_source_that_reports_it()
    {
        var bans = AnalysisFixtures.Analyse("existing-platforms").Bans;
        Assert.Equal(
            [
                // Named as the trigger in paper-c's words; printed as the group's lead, paper-a's.
                ("Synthetic claim that AlphaNet removed the group.", "", "paper-a,paper-c"),
                ("Synthetic event ban.", "2020-05-01", "paper-a,paper-b"),
                ("Synthetic event gamma-ban.", "2020-05-09", "paper-b"),
            ],
            bans.Select(b => (b.Text, b.Date?.ToString() ?? "", string.Join(",", b.Documents.Select(d => d.Id)))));
    }

    [Fact]
    public void Dated_bans_are_listed_in_date_order_whichever_path_names_them()
    {
        var loaded = AnalysisFixtures.Load("existing-platforms");
        var @case = loaded.Library.Cases.Single();
        // The path whose trigger is the later ban (9 May) comes first in the case file.
        var reordered = @case with { Paths = @case.Paths.Reverse().ToList() };
        var bans = CaseAnalyser.Analyse(loaded.Library, reordered).Bans;
        Assert.Equal(["", "2020-05-01", "2020-05-09"], bans.Select(b => b.Date?.ToString() ?? ""));
    }

    [Fact]
    public void An_announcement_the_same_day_as_a_removal_is_not_what_the_path_names()
    {
        // paper-b also reports AlphaNet announcing a ban on 1 May, the day it removed the group; the
        // announcement is later on the timeline, but the removal is what activity left.
        var library = AnalysisFixtures.Load("existing-platforms").Library;
        var paperB = library.FindDocument("paper-b")!;
        var removal = paperB.Events.Single(e => e.Id == "ban");
        var announcement = removal with { Id = "announced", Action = EventAction.AnnouncedBan, Text = "Synthetic event announced." };
        var changed = library with { Documents = library.Documents.Select(d => d.Id == "paper-b" ? d with { Events = [.. d.Events, announcement] } : d).ToList() };

        var analysis = CaseAnalyser.Analyse(changed, changed.Cases.Single());
        Assert.Contains(analysis.Timeline, e => e.Action == EventAction.AnnouncedBan);
        var path = analysis.Paths.Single(p => p.Path.Id == "alpha-to-gamma");
        Assert.Equal(EventAction.Banned, path.Ban!.Action);
        Assert.Equal(new DaySpan(2, 2), path.DaysFromBanToLaunch);
    }
}
