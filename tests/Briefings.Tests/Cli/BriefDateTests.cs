using Briefings.Cli;

namespace Briefings.Tests.Cli;

/// <summary>A brief's PDF is dated by its case's assessment date (as_of), not a fixed epoch, and still never by the clock.</summary>
public sealed class BriefDateTests
{
    [Fact]
    public void The_pdf_creation_date_is_the_cases_as_of()
    {
        var pdf = Path.Combine(Path.GetTempPath(), $"briefings-date-{Guid.NewGuid():N}.pdf");
        try
        {
            var build = Cli.Run("build", "caliphate-book-2015", "-o", pdf, "--sources", TestPaths.RepositorySources, "--templates", TestPaths.RepositoryTemplates);
            Assert.Equal(ExitCodes.Ok, build.Exit);
            using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
            Assert.StartsWith("D:20261122000000", document.Information.CreationDate);
            Assert.Contains("as_of: 2026-11-22", File.ReadAllText(Path.Combine(TestPaths.RepositorySources, "cases", "caliphate-book-2015.yaml")));
        }
        finally
        {
            File.Delete(pdf);
        }
    }
}
