using Briefings.Analysis;

namespace Briefings.Tests.Origins;

/// <summary>A later claim that revises an earlier one is an update, not a disagreement (Fixtures/Analysis/revision).</summary>
public class RevisionTests
{
    [Fact]
    public void A_revision_is_not_a_contradiction_and_disputes_nothing()
    {
        var analysis = AnalysisFixtures.Analyse("revision");
        Assert.Equal(
            [
                (DisagreementKind.Contradiction, "paper-a#notice paper-b#crashed"),
                (DisagreementKind.Revision, "paper-a#toll paper-b#toll"),
            ],
            analysis.Disagreements.Select(d => (d.Kind, string.Join(" ", d.Versions.Select(v => $"{v.Document.Id}#{v.Claim!.Id}")))));
        // The attack rests on the revised toll: not disputed. The offline rests on the contradicted notice: disputed.
        Assert.Equal([("The attack took place.", false), ("BetaSite went offline.", true)],
            analysis.Timeline.Select(e => (e.Lead.Event.Text, e.Disputed)));
    }

    [Fact]
    public void The_brief_says_later_reporting_revised_it()
    {
        var markdown = ProvenanceFixtures.Markdown("revision");
        Assert.Contains("**Later reporting revised this.**", markdown);
        Assert.Contains("**The sources contradict each other.**", markdown);
    }
}
