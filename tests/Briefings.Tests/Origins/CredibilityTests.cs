using Briefings.Analysis;
using Briefings.Problems;
using Briefings.Typesetting;

namespace Briefings.Tests.Origins;

/// <summary>
/// Credibility 1 is earned by judgeable independent origins (Fixtures/Analysis/f-graded), and a typed 1 is a
/// warning read as 2 (typed-credibility); doubtful items print with their standing.
/// </summary>
public class CredibilityTests
{
    [Fact]
    public void An_F_source_and_an_improbable_report_confirm_nothing()
    {
        var analysis = AnalysisFixtures.Analyse("f-graded");
        Assert.Equal(
            [
                // Three independent origins; the F source's report does not count, the other two confirm it.
                ("paper-a#kit paper-b#kit anon-blog#kit", 3, 1, false),
                // Doubtful, "confirmed" only by the F source: it stays doubtful, not upgraded to the F source's 2.
                ("paper-a#rumour anon-blog#rumour", 2, 4, true),
                // Graded 5 by one source: it cannot confirm the other's 3.
                ("paper-a#size paper-b#size", 2, 3, false),
            ],
            analysis.Corroborations.Select(c => (ProvenanceFixtures.Ids(c), c.IndependentSources, c.Credibility, c.Doubtful)));
    }

    [Fact]
    public void A_doubtful_claim_reads_with_its_standing_never_as_fact()
    {
        var model = ProvenanceFixtures.Model("f-graded");
        var rumour = model.Agreements.Single(a => a.Text.Contains("secret backer"));
        Assert.Equal("Two independent sources, graded doubtful, say the site had a secret backer.", rumour.Text);
        Assert.Equal("Two independent sources; credibility 4, doubtful.", rumour.Support);
    }

    [Fact]
    public void A_typed_credibility_1_is_a_warning_at_its_position_saying_what_to_type_and_counts_as_2()
    {
        var loaded = AnalysisFixtures.Load("typed-credibility");
        var problem = Assert.Single(loaded.Problems);
        Assert.Equal((Severity.Warning, ProblemCodes.TypedCredibility, "sources/documents/paper-a.yaml:16:18"),
            (problem.Severity, problem.Code, problem.At.ToString()));
        Assert.Contains("type the grade this report deserves on its own (2 probably true, 3 possibly true, …)", problem.Message);
        var analysis = CaseAnalyser.Analyse(loaded.Library, loaded.Library.Cases[0]);
        Assert.Equal(2, Assert.Single(analysis.Corroborations).Credibility);
    }

    [Fact]
    public void The_first_case_prints_no_credibility_1_and_rests_on_one_Reuters_story()
    {
        var markdown = Briefs.RenderFirstCase().Markdown!;
        Assert.DoesNotContain("credibility 1", markdown);
        Assert.Contains("**Sources.** Two reports of one Reuters story, graded C and D", markdown);
        Assert.Contains("*Rests on:* two reports of one Reuters story.", markdown);
        Assert.Contains("One report, graded doubtful, says Twitter suspended accounts linked to the Islamic State.", markdown);
    }
}
