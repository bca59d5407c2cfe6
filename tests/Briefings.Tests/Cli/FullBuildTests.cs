using Briefings.Cli;

namespace Briefings.Tests.Cli;

/// <summary>
/// The first case end to end through `briefings build`: a two-to-four-page PDF whose text carries the
/// case's key facts and cites both sources, byte-identical when built twice.
/// </summary>
public class FullBuildTests
{
    [PdfToolFact]
    public void The_first_case_builds_to_a_brief_with_its_key_facts()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"briefings-build-{Guid.NewGuid():N}");
        try
        {
            var first = Path.Combine(folder, "first.pdf");
            var second = Path.Combine(folder, "second.pdf");
            foreach (var output in new[] { first, second })
            {
                var result = Cli.Run("build", "caliphate-book-2015",
                    "--sources", TestPaths.RepositorySources, "--templates", TestPaths.RepositoryTemplates, "-o", output);
                Assert.True(result.Exit == ExitCodes.Ok, result.Error);
            }

            var text = string.Join(' ', PdfText.Extract(first).Split((char[])[' ', '\n', '\r', '\f'], StringSplitOptions.RemoveEmptyEntries));
            foreach (var fact in new[]
                     {
                         "OFFICIAL", "SocialKit", "Twitter suspended", "went offline", "8 March 2015", "9 March 2015",
                         "What the sources agree on", "Where they disagree", "The sources contradict each other",
                         "“shut down days after launch”", "“exactly one day after”",
                         "ITProPortal", "Guardian Liberty Voice", "graded C", "graded D",
                         "From the banned platforms to the alternative", "Events the sources report",
                         "Likelihood: very likely (80–95%).", "Confidence: moderate.",
                     })
                Assert.Contains(fact, text);
            Assert.InRange(PdfText.Pages(first), 3, 4);
            Assert.Equal(File.ReadAllBytes(first), File.ReadAllBytes(second));
        }
        finally
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
    }
}
