using Briefings.Sources;
using Briefings.Sources.Checks;
using Briefings.Sources.Yaml;
using Briefings.Tests.Cli;
using Briefings.Typesetting;

namespace Briefings.Tests.Sources;

/// <summary>Warnings for estimative language in a judgment's text, at the word's own file:line:column.</summary>
public class EstimativeLanguageTests
{
    private const string Case = "sources/cases/synthetic-case.yaml";

    [Fact]
    public void Each_judgment_text_is_checked_and_warned_about_at_the_words_themselves()
    {
        var problems = AnalysisFixtures.Load("estimative").Problems;
        Assert.All(problems, p => Assert.Equal(Severity.Warning, p.Severity));
        Assert.Equal(
            [
                $"{Case}:21:18: warning mixed-estimative: this judgment's text mixes a likelihood ('very likely') and a confidence ('highly confident'); ICD 203 keeps them apart, so state the proposition only and put them in `likelihood:` and `confidence:`",
                $"{Case}:28:15: warning other-probability-scale: 'real possibility' is not an ICD 203 term (no agreed scale: no defined range); choose an ICD 203 term for `likelihood:` and state the proposition only",
                $"{Case}:28:60: warning other-probability-scale: 'highly likely' is not an ICD 203 term (UK PHIA yardstick: 80–90%); the nearest ICD 203 term is 'very likely' (80–95%): put that in `likelihood:` and state the proposition only",
                $"{Case}:35:34: warning estimative-in-text: 'probable' is an ICD 203 likelihood (55–80%); the brief prints `likelihood:` beside the text, so state the proposition only and leave the likelihood to that field",
            ],
            problems.Select(p => p.ToString()));
    }

    [Theory]
    [InlineData("The group will return.", "")]
    [InlineData("The site is unlikely to return.", "estimative-in-text")]
    [InlineData("The site will almost certainly not return.", "other-probability-scale")]
    [InlineData("There is a remote chance it returns.", "other-probability-scale")]
    [InlineData("Remote servers kept it running.", "")]
    [InlineData("We assess with moderate confidence that it returns.", "estimative-in-text")]
    [InlineData("It is likely, with low confidence, to return.", "mixed-estimative")]
    [InlineData("Its users were unconfident and unlikelyish.", "")]
    public void Phrases_are_matched_as_whole_words_longest_first(string text, string codes)
    {
        var source = new SourceText("c.yaml", $"text: {text}\n");
        var scalar = new YamlScalar(new Location("c.yaml", 1, 7), text, IsPlain: true);
        Assert.Equal(codes, string.Join(" ", EstimativeLanguage.Check(source, scalar).Select(p => p.Code)));
    }

    [Fact]
    public void Validate_prints_warnings_in_text_and_json_and_still_exits_zero()
    {
        var folder = AnalysisFixtures.Folder("estimative");
        var text = Cli.Cli.Run("validate", "--sources", folder);
        Assert.Equal(0, text.Exit);
        Assert.Contains("cases/synthetic-case.yaml:21:18: warning mixed-estimative:", text.Output);
        Assert.Contains("0 errors, 4 warnings", text.Output);

        var json = Cli.Cli.Run("validate", "--sources", folder, "--format", "json");
        Assert.Equal(0, json.Exit);
        Assert.Contains("\"ok\": true", json.Output);
        Assert.Contains("\"warnings\": 4", json.Output);
        Assert.Contains("\"code\": \"other-probability-scale\"", json.Output);
        Assert.Contains("\"line\": 28,\n      \"column\": 60,", json.Output.Replace("\r\n", "\n"));
    }
}
