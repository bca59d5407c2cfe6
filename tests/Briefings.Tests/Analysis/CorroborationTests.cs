using Briefings.Analysis;
using Briefings.Sources.Model;

namespace Briefings.Tests.Analysis;

/// <summary>Fixtures/Analysis/corroboration: same_as groups, independent sources and the Admiralty upgrade.</summary>
public class CorroborationTests
{
    private static readonly CaseAnalysis Analysis = AnalysisFixtures.Analyse("corroboration");

    private static string Ids(IEnumerable<ClaimReport> reports) => string.Join(" ", reports.Select(r => $"{r.Document.Id}#{r.Claim.Id}"));

    [Fact]
    public void Claims_group_by_same_as_from_either_side_and_through_chains()
    {
        Assert.Equal(
            [
                ("paper-a#kit paper-b#kit", 2, 1, false),
                ("paper-a#notice paper-b#notice paper-c#notice", 3, 1, false),
                ("paper-a#size paper-a-follow-up#size", 1, 2, false),
                ("paper-a#count", 1, 2, true),
                ("paper-b#count paper-c#count", 2, 2, true),
                ("paper-a-follow-up#lone", 1, 3, false),
            ],
            Analysis.Corroborations.Select(c => (Ids(c.Reports), c.IndependentSources, c.Credibility, c.Contradicted)));
    }

    [Fact]
    public void Two_independent_sources_confirm_a_claim_graded_lower_by_each()
    {
        var kit = Analysis.Corroborations[0];
        Assert.Equal([3, 2], kit.Reports.Select(r => r.Claim.Credibility));
        Assert.Equal(CredibilityRule.Confirmed, kit.Credibility);
        Assert.Equal("confirmed by other sources", kit.CredibilityLabel);
    }

    [Fact]
    public void Agreements_are_the_uncontradicted_claims_of_two_or_more_documents()
    {
        Assert.Equal(
            [
                ("BetaSite was built with KitX.", 2, 2, (int?)1),
                ("BetaSite's operators posted a closure notice.", 3, 3, 1),
                ("BetaSite had about 500 members.", 2, 1, 2),
            ],
            Analysis.Agreements.Select(a => (a.Text, a.Documents.Count, a.IndependentSources, a.Credibility)));
        Assert.All(Analysis.Agreements, a => Assert.Null(a.Date));
    }

    [Fact]
    public void Judgments_count_the_independent_sources_they_rest_on()
    {
        Assert.Equal(
            [("kj-notice", 3, 3), ("kj-size", 2, 1)],
            Analysis.Judgments.Select(j => (j.Judgment.Id, j.Documents.Count, j.IndependentSources)));
    }

    [Fact]
    public void The_same_publisher_counts_once_whatever_its_spacing_or_case()
    {
        var library = AnalysisFixtures.Load("corroboration").Library;
        var provenance = new Provenance(library);
        var a = library.FindDocument("paper-a")!;
        var followUp = library.FindDocument("paper-a-follow-up")!;
        Assert.Equal(1, provenance.Of([a, followUp, a with { Id = "paper-a-shouting", Publisher = "EXAMPLE   TIMES" }]).IndependentOrigins);
        Assert.Equal(2, provenance.Of([a, library.FindDocument("paper-b")!]).IndependentOrigins);
    }

    [Fact]
    public void The_credibility_rule_upgrades_only_undisputed_judgeable_independent_confirmation()
    {
        var library = AnalysisFixtures.Load("corroboration").Library;
        var provenance = new Provenance(library);
        var (a, b) = (library.FindDocument("paper-a")!, library.FindDocument("paper-b")!);
        (SourcedReport, int?) R(SourceDocument d, int? grade) => (new SourcedReport(d, null), grade);
        Assert.Equal(1, CredibilityRule.Derive(provenance, [R(a, 4), R(b, 3)], disputed: false));
        Assert.Equal(3, CredibilityRule.Derive(provenance, [R(a, 4), R(b, 3)], disputed: true));
        // An improbable report (5) confirms nothing: the other stands alone.
        Assert.Equal(4, CredibilityRule.Derive(provenance, [R(a, 4), R(b, 5)], disputed: false));
        Assert.Equal(2, CredibilityRule.Derive(provenance, [R(a, 3), R(a, 2)], disputed: false));
        Assert.Null(CredibilityRule.Derive(provenance, [R(a, null)], disputed: false));
        Assert.Equal(1, CredibilityRule.Derive(provenance, [R(a, null), R(b, null)], disputed: false));
    }
}
