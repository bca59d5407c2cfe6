using Briefings.Cli;

namespace Briefings.Tests.Cli;

public class UsageTests
{
    [Theory]
    [InlineData("bogus")]
    [InlineData("render", "--nope", "x.md")]
    [InlineData("build")]
    public void Usage_mistakes_exit_2_with_a_message(params string[] args)
    {
        var error = new StringWriter();
        Assert.Equal(ExitCodes.Usage, CliApp.Run(args, new StringWriter(), error));
        Assert.Contains("--help' for usage", error.ToString());
    }

    [Theory]
    [InlineData("briefings: 'biuld' is not a command of briefings; did you mean 'build'?\nRun 'briefings --help' for usage.\n", "biuld", "gab-2018")]
    [InlineData("briefings: briefings new needs a command: project, document, case\nRun 'briefings new --help' for usage.\n", "new")]
    [InlineData("briefings: 'projct' is not a command of briefings new; did you mean 'project'?\nRun 'briefings new --help' for usage.\n", "new", "projct", "x")]
    [InlineData("briefings: 'mrge' is not a command of briefings monthly; did you mean 'merge'?\nRun 'briefings monthly --help' for usage.\n", "monthly", "mrge")]
    public void A_missing_or_misspelt_command_gets_one_line_naming_the_likely_one(string expected, params string[] args)
    {
        var error = new StringWriter();
        Assert.Equal(ExitCodes.Usage, CliApp.Run(args, new StringWriter(), error));
        Assert.Equal(expected, error.ToString());
    }

    [Fact]
    public void Help_names_the_case_argument_whatever_folder_it_runs_in()
    {
        var output = new StringWriter();
        var here = Environment.CurrentDirectory;
        try
        {
            Environment.CurrentDirectory = TestPaths.Repository; // a folder with sources/cases/
            CliApp.Run(["build", "--help"], output, new StringWriter());
        }
        finally
        {
            Environment.CurrentDirectory = here;
        }
        Assert.Contains(" build <case-id> [options]", output.ToString());
        Assert.DoesNotContain("caliphate-book-2015", output.ToString());
    }

    [Fact]
    public void Render_of_a_missing_file_exits_1_and_writes_nothing()
    {
        var output = Path.Combine(Path.GetTempPath(), $"missing-{Guid.NewGuid():N}.pdf");
        Assert.Equal(ExitCodes.InvalidInput, CliApp.Run(["render", "no-such-file.md", "-o", output], new StringWriter(), new StringWriter()));
        Assert.False(File.Exists(output));
    }

    [Fact]
    public void Render_with_a_markdown_error_exits_1_and_leaves_no_pdf()
    {
        var dir = Directory.CreateTempSubdirectory().FullName;
        var input = Path.Combine(dir, "bad.md");
        File.WriteAllText(input, "Text.\n\n:::sidebar\nx\n:::\n");
        Assert.Equal(ExitCodes.InvalidInput, CliApp.Run(["render", input], new StringWriter(), new StringWriter()));
        Assert.Empty(Directory.GetFiles(dir, "*.pdf"));
    }
}
