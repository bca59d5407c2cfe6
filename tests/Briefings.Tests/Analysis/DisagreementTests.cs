using Briefings.Analysis;
using Briefings.Sources.Model;

namespace Briefings.Tests.Analysis;

/// <summary>Fixtures/Analysis/date-conflict and contradicts: what is listed as a disagreement, and what is marked disputed.</summary>
public class DisagreementTests
{
    private static string Version(DisagreementVersion v) =>
        v.Claim is { } c ? $"{v.Document.Id}#{c.Id}" : $"{v.Document.Id}#{v.Event!.Id}@{v.Date}";

    private static IEnumerable<(string, string, string, bool, int?)> Rows(CaseAnalysis analysis) =>
        analysis.Timeline.Select(e => (e.Date.ToString(), Vocabulary<EventAction>.Word(e.Action),
            string.Join(" ", e.Reports.Select(r => r.Document.Id)), e.Disputed, e.Credibility));

    [Fact]
    public void Incompatible_dates_for_one_launch_are_a_disagreement_but_waves_of_suspensions_are_not()
    {
        var analysis = AnalysisFixtures.Analyse("date-conflict");
        Assert.Equal(
            [
                ("2020-04-20", "suspended-accounts", "paper-a", false, (int?)null),
                ("2020-04-25", "suspended-accounts", "paper-b", false, null),
                ("2020-04-28", "suspended-accounts", "paper-a", false, null),
                ("2020-05-01", "launched", "paper-a", true, null),
                ("2020-05-04", "launched", "paper-b", true, null),
                ("2020-05-10", "went-offline", "paper-b paper-c", false, 1),
            ],
            Rows(analysis));
        var disagreement = Assert.Single(analysis.Disagreements);
        Assert.Equal(DisagreementKind.Date, disagreement.Kind);
        Assert.Equal(["paper-a#launched@2020-05-01", "paper-b#launched@2020-05-04"], disagreement.Versions.Select(Version));
        Assert.Equal(["paper-a", "paper-b"], disagreement.Documents.Select(d => d.Id));
    }

    [Fact]
    public void The_day_two_sources_agree_on_is_an_agreement_with_its_date()
    {
        var agreement = Assert.Single(AnalysisFixtures.Analyse("date-conflict").Agreements);
        Assert.Equal(("Synthetic event offline.", "2020-05-10", 2, 2, (int?)1),
            (agreement.Text, agreement.Date.ToString(), agreement.Documents.Count, agreement.IndependentSources, agreement.Credibility));
    }

    [Fact]
    public void Contradicts_links_are_listed_once_in_source_order_and_dates_that_differ_too()
    {
        var analysis = AnalysisFixtures.Analyse("contradicts");
        Assert.Equal(
            [
                (DisagreementKind.Contradiction, "paper-a#short-life paper-b#long-life"),
                // Declared only by paper-b, still shown with paper-a's version first.
                (DisagreementKind.Contradiction, "paper-a#closure-reason paper-b#closure-reason"),
                (DisagreementKind.Date, "paper-b#launched@2020-04-25 paper-a#launched@2020-05-01"),
            ],
            analysis.Disagreements.Select(d => (d.Kind, string.Join(" ", d.Versions.Select(Version)))));
        Assert.Equal("BetaSite closed under legal pressure.", analysis.Disagreements[1].Versions[1].Text);
        Assert.Equal("shut by the lawyers", analysis.Disagreements[1].Versions[1].Claim!.Quote!.Text);
    }

    [Fact]
    public void Contradicting_sources_that_report_the_same_day_leave_that_day_undisputed()
    {
        var analysis = AnalysisFixtures.Analyse("contradicts");
        Assert.Equal(
            [
                ("2020-04-25", "launched", "paper-b", true, (int?)3),
                ("2020-05-01", "launched", "paper-a", true, 3),
                ("2020-05-02", "went-offline", "paper-a paper-b", false, 1),
            ],
            Rows(analysis));
        Assert.Equal(["2020-05-02"], analysis.Agreements.Select(a => a.Date.ToString()));
    }

    [Fact]
    public void The_first_case_keeps_its_discrepancy_and_marks_only_the_launch_as_disputed()
    {
        var analysis = Briefs.FirstCaseAnalysis();
        // Two contradictions: how long the site lasted, and "crashed" against the administrators' own notice.
        Assert.Equal([DisagreementKind.Contradiction, DisagreementKind.Contradiction], analysis.Disagreements.Select(d => d.Kind));
        Assert.All(analysis.Disagreements, d =>
            Assert.Equal(["itproportal-caliphate-book-offline", "guardianlv-caliphate-book-platforms"], d.Documents.Select(x => x.Id)));
        Assert.Equal([false, true, false, false], analysis.Timeline.Select(e => e.Disputed));
    }
}
