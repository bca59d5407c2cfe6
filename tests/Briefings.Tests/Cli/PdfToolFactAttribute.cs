namespace Briefings.Tests.Cli;

/// <summary>
/// A fact that needs poppler's pdftotext: skipped with a clear message on a developer machine without
/// it, but run (and failing) in CI (CI=true), where the tool must be installed.
/// </summary>
public sealed class PdfToolFactAttribute : FactAttribute
{
    public PdfToolFactAttribute()
    {
        if (!PdfText.Installed && Environment.GetEnvironmentVariable("CI") != "true")
            Skip = "pdftotext is not installed (apt-get install -y poppler-utils); this test runs in CI, where it must be";
    }
}
