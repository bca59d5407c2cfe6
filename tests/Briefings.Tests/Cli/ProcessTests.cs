using Briefings.Cli;

namespace Briefings.Tests.Cli;

/// <summary>
/// The real executable, as a separate process without ICU (DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1), so its
/// own runtime configuration is what is tested: Humanizer must still find its English rules.
/// </summary>
public class ProcessTests
{
    [Fact]
    public void The_executable_builds_markdown_on_a_machine_without_culture_data()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"briefings-process-{Guid.NewGuid():N}");
        try
        {
            var markdown = Path.Combine(folder, "brief.md");
            var (exit, output) = Run("build", "caliphate-book-2015",
                "--sources", TestPaths.RepositorySources, "--templates", TestPaths.RepositoryTemplates,
                "--markdown", markdown, "-o", Path.Combine(folder, "brief.pdf"));
            Assert.True(exit == ExitCodes.Ok, output);
            var text = File.ReadAllText(markdown);
            Assert.Contains("**Sources.** Two reports of one Reuters story, graded C and D", text);
            Assert.Contains("Activity moved from Twitter and Facebook to Caliphate book", text);
        }
        finally
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Usage_errors_and_invalid_input_have_different_exit_codes()
    {
        Assert.Equal(ExitCodes.Usage, Run("validate", "--sources", "/no/such/folder").Exit);
        Assert.Equal(ExitCodes.Ok, Run("validate", "--sources", TestPaths.RepositorySources, "--templates", TestPaths.RepositoryTemplates).Exit);
    }

    private static (int Exit, string Output) Run(params string[] args)
    {
        var result = Executable.Run(new Dictionary<string, string> { ["DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"] = "1" }, args);
        return (result.Exit, result.Output);
    }
}
