namespace Briefings.Tests.Origins;

/// <summary>A case with no displacement path builds, with no empty chart and no bare headings (Fixtures/Analysis/no-path).</summary>
public class EmptySectionTests
{
    [Fact]
    public void A_case_without_paths_leaves_out_the_chart_and_every_empty_section()
    {
        var markdown = ProvenanceFixtures.Markdown("no-path");
        foreach (var heading in new[] { "## Where the activity went", "## The bans", "## Implications", "## Recommendations", "## What we do not know", "## Timeline", "type: flow" })
            Assert.DoesNotContain(heading, markdown);
        Assert.Contains("## Key judgments", markdown);
    }

    [Fact]
    public void A_case_without_paths_builds_a_pdf_from_the_command_line()
    {
        var output = Path.Combine(Path.GetTempPath(), $"briefings-no-path-{Guid.NewGuid():N}.pdf");
        try
        {
            var run = Cli.Cli.Run("build", "synthetic-case", "--sources", AnalysisFixtures.Folder("no-path"),
                "--templates", TestPaths.RepositoryTemplates, "-o", output);
            Assert.True(run.Exit == 0, run.Output + run.Error);
            Assert.True(new FileInfo(output).Length > 1000);
        }
        finally
        {
            File.Delete(output);
        }
    }
}
