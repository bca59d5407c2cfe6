using Briefings.Analysis;

namespace Briefings.Tests.Origins;

/// <summary>
/// Independent origins, not publishers: one wire story under two mastheads (Fixtures/Analysis/wire-story)
/// and a study with a news report of it (study-report) each count once, and the brief names what they share.
/// </summary>
public class IndependenceTests
{
    [Fact]
    public void One_wire_story_under_two_mastheads_is_one_origin_and_earns_no_confirmation()
    {
        var analysis = AnalysisFixtures.Analyse("wire-story");
        Assert.Equal(
            [
                ("masthead-a#kit masthead-b#kit own-reporting#kit", 3, 2, 1),
                ("masthead-a#size masthead-b#size", 2, 1, 2),
            ],
            analysis.Corroborations.Select(c => (ProvenanceFixtures.Ids(c), c.Documents.Count, c.IndependentSources, c.Credibility)));
        var launch = Assert.Single(analysis.Timeline);
        Assert.Equal((2, 1, (int?)null), (launch.Documents.Count, launch.IndependentSources, launch.Credibility));
        Assert.Equal([1, 2], analysis.Judgments.Select(j => j.IndependentSources));
    }

    [Fact]
    public void The_brief_names_the_shared_wire_story_wherever_it_counts_sources()
    {
        var model = ProvenanceFixtures.Model("wire-story");
        Assert.Equal("three sources from two independent origins, among them two reports of one Example Wire story", model.SourceCount);
        Assert.Equal(
            ["two reports of one Example Wire story", "three sources from two independent origins, among them two reports of one Example Wire story"],
            model.Judgments.Select(j => j.RestsOn));
        Assert.Equal(
            [
                "Two reports of one Example Wire story.",
                "Three sources from two independent origins, among them two reports of one Example Wire story; credibility 1, confirmed by other sources.",
                "Two reports of one Example Wire story; credibility 2, probably true.",
            ],
            model.Agreements.Select(a => a.Support));
        Assert.Equal(["relays the Example Wire story of 2 May 2020", "relays the Example Wire story of 2 May 2020", ""],
            model.Sources.Select(s => s.Origin));
        var markdown = ProvenanceFixtures.Markdown("wire-story");
        Assert.Contains("*Rests on:* two reports of one Example Wire story.", markdown);
        Assert.Contains("**Sources.** Three sources from two independent origins, among them two reports of one Example Wire story, graded C, B and B", markdown);
    }

    [Fact]
    public void A_news_report_of_a_study_is_not_independent_of_the_study()
    {
        var analysis = AnalysisFixtures.Analyse("study-report");
        var halved = Assert.Single(analysis.Corroborations);
        Assert.Equal(("study-x#halved news-of-study#halved", 1, 2), (ProvenanceFixtures.Ids(halved), halved.IndependentSources, halved.Credibility));
        var group = Assert.Single(halved.Support.Groups);
        Assert.Equal("document:study-x", group.Shared?.Key);
        var model = ProvenanceFixtures.Model("study-report");
        Assert.Equal("one Example University study and one report of it", model.Judgments[0].RestsOn);
        Assert.Equal("reports on Example University, “Synthetic report study-x”, listed here", model.Sources[1].Origin);
    }
}
