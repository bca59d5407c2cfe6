using Briefings.Problems;

namespace Briefings.Tests.Origins;

/// <summary>
/// Estimates that agree with themselves (Fixtures/Analysis/overstatement): words that contradict a judgment's
/// fields are errors; a bottom line surer than its judgments, a judgment's quantifier stronger than its
/// claims', and another scale's words in prose are warnings, each at the words.
/// </summary>
public class OverstatementTests
{
    private const string Case = "sources/cases/synthetic-case.yaml";

    [Fact]
    public void Each_overstatement_is_reported_at_its_words()
    {
        var problems = AnalysisFixtures.Load("overstatement").Problems;
        Assert.Equal(
            [
                $"{Case}:11:22: warning overstated-bottom-line",
                $"{Case}:15:30: warning overstated-quantifier",
                $"{Case}:18:50: warning other-probability-scale",
                $"{Case}:21:26: error contradictory-estimate",
                $"{Case}:21:26: warning mixed-estimative",
                $"{Case}:21:60: error contradictory-estimate",
                $"{Case}:27:20: warning other-probability-scale",
            ],
            problems.Select(p => $"{p.At}: {(p.IsError ? "error" : "warning")} {p.Code}"));
        Assert.Contains("the text says 'very likely' (80–95%) but `likelihood:` is 'likely' (55–80%)",
            problems.First(p => p.Code == ProblemCodes.ContradictoryEstimate).Message);
        Assert.Contains("the judgment says 'most' but the strongest claim it rests on says 'a significant share'",
            problems.Single(p => p.Code == ProblemCodes.OverstatedQuantifier).Message);
    }

    [Fact]
    public void A_contradictory_estimate_fails_validate()
    {
        var run = Cli.Cli.Run("validate", "--sources", AnalysisFixtures.Folder("overstatement"));
        Assert.Equal(1, run.Exit);
        Assert.Contains("synthetic-case.yaml:21:26: error contradictory-estimate:", run.Output);
    }
}
