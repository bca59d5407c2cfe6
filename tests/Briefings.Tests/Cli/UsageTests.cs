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
        Assert.Contains("briefings --help", error.ToString());
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
