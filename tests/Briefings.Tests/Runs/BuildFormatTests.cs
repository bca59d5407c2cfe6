using Briefings.Cli;
using Briefings.Tests.Cli;

namespace Briefings.Tests.Runs;

/// <summary>`build --format pdf,html`: the brief as PDF and accessible HTML from the same document.</summary>
public class BuildFormatTests
{
    [Fact]
    public void Build_writes_html_beside_the_pdf()
    {
        using var scratch = new MonthlyScratch();
        var pdf = Path.Combine(scratch.Root, "out", "march.pdf");
        var run = Cli.Cli.Run("build", "march-only", "--sources", scratch.Sources, "--templates", scratch.Templates, "-o", pdf, "--format", "pdf,html");
        Assert.True(run.Exit == ExitCodes.Ok, run.Error);
        Assert.Contains("wrote " + pdf, run.Error);
        Assert.Contains("Synthetic case march-only", File.ReadAllText(Path.ChangeExtension(pdf, ".html")));
        Assert.True(File.Exists(pdf));
    }

    [Fact]
    public void Build_with_html_alone_writes_no_pdf()
    {
        using var scratch = new MonthlyScratch();
        var pdf = Path.Combine(scratch.Root, "out", "march.pdf");
        var run = Cli.Cli.Run("build", "march-only", "--sources", scratch.Sources, "--templates", scratch.Templates, "-o", pdf, "--format", "html");
        Assert.True(run.Exit == ExitCodes.Ok, run.Error);
        Assert.True(File.Exists(Path.ChangeExtension(pdf, ".html")));
        Assert.False(File.Exists(pdf));
    }

    [Fact]
    public void An_unknown_format_is_a_usage_error() =>
        Assert.Equal(ExitCodes.Usage, Cli.Cli.Run("build", "march-only", "--format", "pdf,epub").Exit);
}
