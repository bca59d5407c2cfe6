using System.Text.RegularExpressions;
using Briefings.Cli;

namespace Briefings.Tests.Cli;

/// <summary>
/// docs/getting-started.md stays true: its files, written into a new project as it says, validate without a
/// warning and build; the messages it quotes are the ones the tool prints.
/// </summary>
public sealed partial class GettingStartedTests
{
    private static readonly string Guide = File.ReadAllText(Path.Combine(TestPaths.Repository, "docs", "getting-started.md"));

    [Fact]
    public void The_guide_builds_its_brief_from_an_empty_folder()
    {
        var root = Path.Combine(Directory.CreateTempSubdirectory("briefings-guide-").FullName, "briefs");
        try
        {
            Assert.Equal(ExitCodes.Ok, Cli.Run("new", "project", root).Exit);
            var (sources, templates) = (Path.Combine(root, "sources"), Path.Combine(root, "templates"));

            // The guide's `new document` command, then the warning it quotes.
            var command = Regex.Match(Guide, @"briefings new document (\S+) \\\n\s+--title ""([^""]+)"" \\\n\s+--publisher (\S+) --url (\S+) \\\n\s+--published (\S+)");
            Assert.True(command.Success, "the guide's `new document` command");
            Assert.Equal(ExitCodes.Ok, Cli.Run("new", "document", command.Groups[1].Value, "--sources", sources, "--title", command.Groups[2].Value,
                "--publisher", command.Groups[3].Value, "--url", command.Groups[4].Value, "--published", command.Groups[5].Value).Exit);
            var quoted = Regex.Match(Guide, @"\n(sources/documents/\S+: warning placeholder: 'author'[^\n]+)\n").Groups[1].Value;
            Assert.Contains(quoted.Replace("sources/", sources + "/"), Validate(sources, templates));

            foreach (Match block in FileBlock().Matches(Guide))
            {
                var path = Path.Combine(root, block.Groups["path"].Value);
                if (block.Groups["how"].Value == "file") File.WriteAllText(path, block.Groups["text"].Value);
                else File.AppendAllText(path, block.Groups["text"].Value);
            }
            var validate = Cli.Run("validate", "--sources", sources, "--templates", templates);
            Assert.Equal(ExitCodes.Ok, validate.Exit);
            Assert.DoesNotContain("warning", validate.Output + validate.Error);

            var pdf = Path.Combine(root, "out", "gab-2018.pdf");
            var build = Cli.Run("build", "gab-2018", "--sources", sources, "--templates", templates, "-o", pdf);
            Assert.Equal(ExitCodes.Ok, build.Exit);
            Assert.Contains("(2 pages)", build.Error);

            // The mistake the guide makes on purpose, and the message it quotes: at the line the scaffold puts
            // `likelihood:` on, or the guide's own example's, as it says.
            var quotedMistake = Regex.Match(Guide, @"sources/cases/gab-2018\.yaml:(\d+):(\d+: error bad-likelihood: [^\n]+)\n");
            var (scaffoldLine, mistake) = (int.Parse(quotedMistake.Groups[1].Value), quotedMistake.Groups[2].Value);
            var scratch = Directory.CreateDirectory(Path.Combine(root, "scratch", "cases")).Parent!.FullName;
            Cli.Run("new", "case", "gab-2018", "--sources", scratch);
            Assert.Equal(scaffoldLine, LineOf(Path.Combine(scratch, "cases", "gab-2018.yaml"), "    likelihood:"));
            Assert.Contains($"the message names that file's line, {LineOf(Path.Combine(sources, "cases", "gab-2018.yaml"), "    likelihood:")}.)", Guide);
            var caseFile = Path.Combine(sources, "cases", "gab-2018.yaml");
            File.WriteAllText(caseFile, File.ReadAllText(caseFile).Replace("likelihood: very likely", "likelihood: very likley"));
            Assert.Contains(mistake, Validate(sources, templates));
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(root)!, recursive: true);
        }
    }

    private static int LineOf(string file, string start) =>
        File.ReadAllLines(file).Select((line, i) => (line, i)).First(l => l.line.StartsWith(start, StringComparison.Ordinal)).i + 1;

    private static string Validate(string sources, string templates)
    {
        var result = Cli.Run("validate", "--sources", sources, "--templates", templates);
        return result.Output + result.Error;
    }

    [GeneratedRegex(@"<!-- (?<how>file|append): (?<path>\S+) -->\n```yaml\n(?<text>.*?)```", RegexOptions.Singleline)]
    private static partial Regex FileBlock();
}
