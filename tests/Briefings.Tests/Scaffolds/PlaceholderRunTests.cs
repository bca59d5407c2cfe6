using Briefings.Cli;
using Briefings.Tests.Runs;

namespace Briefings.Tests.Scaffolds;

/// <summary>An unattended run never prints a brief from a placeholder either: that case fails alone, the others are built.</summary>
public class PlaceholderRunTests
{
    [Fact]
    public void A_monthly_run_fails_a_case_with_a_placeholder_and_builds_the_rest()
    {
        using var scratch = new MonthlyScratch();
        scratch.WriteCase("unfilled-case", scratch.ReadCase("march-only")
            .Replace("id: march-only", "id: unfilled-case")
            .Replace("likelihood: likely", "likelihood: <fill in>"));
        var run = scratch.Monthly("--month", "2020-03");

        Assert.Equal(ExitCodes.InvalidInput, run.Exit);
        Assert.Matches(@"FAILED +unfilled-case +1 error", run.Output);
        Assert.Matches(@"cases/unfilled-case\.yaml:\d+:\d+: error unfilled-placeholder: case 'unfilled-case' still has a placeholder", run.Error);
        Assert.Contains("4 built, 0 up to date, 1 failed", run.Output);
        Assert.False(File.Exists(scratch.OutFile("briefs/unfilled-case.pdf")));
        Assert.True(File.Exists(scratch.OutFile("briefs/march-only.pdf")));
    }
}
