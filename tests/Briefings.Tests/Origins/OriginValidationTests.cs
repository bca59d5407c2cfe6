namespace Briefings.Tests.Origins;

/// <summary>Origins that cannot be followed are errors at the words (Fixtures/Analysis/origin-errors).</summary>
public class OriginValidationTests
{
    [Fact]
    public void Dangling_self_and_cyclic_origins_are_reported_where_they_are_written()
    {
        var problems = AnalysisFixtures.Load("origin-errors").Problems;
        Assert.Equal(
            [
                "sources/documents/cycle-a.yaml:11:13: error origin-cycle: origin cycle: cycle-a → cycle-b → cycle-a; one of these documents must be the original (leave its `origin` out)",
                "sources/documents/cycle-b.yaml:11:13: error origin-cycle: origin cycle: cycle-b → cycle-a → cycle-b; one of these documents must be the original (leave its `origin` out)",
                "sources/documents/dangling.yaml:11:13: error dangling-reference: no document 'no-such-document' in sources/documents for this origin",
                "sources/documents/self.yaml:11:13: error self-origin: document 'self' cannot be its own origin; name the document it relays, or leave `document:` out",
            ],
            problems.Select(p => p.ToString()));
    }
}
