using System.Text.RegularExpressions;
using Briefings.Sources;
using Briefings.Templates;

namespace Briefings.Tests.Templates;

/// <summary>The repository's templates on the first case: structure, facts, citations, estimative language.</summary>
public partial class BriefRenderingTests
{
    private static string FirstCase(Locale? locale = null)
    {
        var brief = Briefs.RenderFirstCase(locale);
        Assert.Empty(brief.Problems);
        return brief.Markdown!;
    }

    [Fact]
    public void Bottom_line_comes_first_after_the_title_block()
    {
        var brief = Briefs.RenderFirstCase();
        var markdown = brief.Markdown!;
        Assert.StartsWith("**Question.** When Twitter and Facebook removed", markdown);
        Assert.True(markdown.IndexOf(":::bluf", StringComparison.Ordinal) < markdown.IndexOf("\n## ", StringComparison.Ordinal));
        // The title block's metadata goes to the engine typed, never as YAML in the Markdown.
        Assert.Equal("The caliphate book: a network of their own, gone within days", brief.Meta!.Title);
        Assert.Equal("OFFICIAL", brief.Meta.Marking);
        Assert.Equal("22 November 2026", brief.Meta.Date);
        Assert.Equal("deplatforming, displacement, Islamic State, bespoke platforms, SocialKit", brief.Meta.Keywords);
        Assert.DoesNotContain("---", markdown.Split('\n')[0]);
    }

    [Fact]
    public void Sections_appear_in_order()
    {
        var headings = Headings().Matches(FirstCase()).Select(m => m.Groups[1].Value);
        Assert.Equal(
            ["Key judgments", "What the sources agree on", "Where they disagree", "The bans", "Where the activity went", "Timeline", "What we do not know", "Implications", "Recommendations", "Sources"],
            headings);
    }

    [Fact]
    public void Carries_the_key_facts_and_cites_both_sources()
    {
        var markdown = FirstCase();
        foreach (var fact in new[] { "SocialKit", "Twitter suspended", "went offline", "8 March 2015", "9 March 2015", "“since Monday”", "one day", "0–8 days" })
            Assert.Contains(fact, markdown);
        Assert.Contains("\n[^itproportal-caliphate-book-offline]: ITProPortal, “Islamic State alternative Facebook shut down days after launch”", markdown);
        Assert.Contains("\n[^guardianlv-caliphate-book-platforms]: Guardian Liberty Voice, ", markdown);
        Assert.Contains("[^itproportal-caliphate-book-offline],[^guardianlv-caliphate-book-platforms]", markdown);
    }

    [Fact]
    public void Records_the_disagreement_between_the_reports()
    {
        var markdown = FirstCase();
        Assert.Contains("**The sources contradict each other.**", markdown);
        Assert.Contains("“shut down days after launch”", markdown);
        Assert.Contains("“exactly one day after”", markdown);
    }

    [Fact]
    public void Likelihood_and_confidence_are_never_in_one_sentence()
    {
        var judgments = FirstCase().Split('\n').Where(l => l.Contains("*Likelihood:*")).ToList();
        Assert.Equal(4, judgments.Count);
        foreach (var line in judgments)
        {
            var sentences = line.Split(". ");
            Assert.Contains(sentences, s => s.Contains("*Likelihood:*") && Regex.IsMatch(s, @"\(\d+–\d+%\)"));
            Assert.DoesNotContain(sentences, s => s.Contains("*Likelihood:*") && s.Contains("Confidence", StringComparison.OrdinalIgnoreCase));
        }
    }

    [Fact]
    public void Locales_change_dates_and_lists()
    {
        var british = FirstCase(Locale.BritishEnglish);
        var american = FirstCase(Locale.AmericanEnglish);
        Assert.Contains("| 9 March 2015 |", british);
        Assert.Contains("| March 9, 2015 |", american);
        Assert.Equal("en-US", Briefs.RenderFirstCase(Locale.AmericanEnglish).Meta!.Language);
    }

    [Fact]
    public void Rendering_twice_gives_the_same_text() => Assert.Equal(FirstCase(), FirstCase());

    [Fact]
    public void Inserted_values_are_escaped()
    {
        var files = FixtureLibrary.Files();
        var documents = files.Documents
            .Select(d => d.Path.EndsWith("report-one.yaml")
                ? d with { Text = d.Text.Replace("text: AlphaNet removed the group's accounts.", "text: \"AlphaNet *removed* the_group's <b>[accounts]</b> | `now` #1\"") }
                : d)
            .ToList();
        var library = LibraryLoader.Load(files with { Documents = documents });
        Assert.Empty(library.Problems);
        var (templates, _) = TemplateFolder.Read(TestPaths.RepositoryTemplates);
        var brief = Briefings.BriefPipeline.Render(library.Library, library.Library.FindCase("sample-case")!, templates!);
        Assert.Empty(brief.Problems);
        Assert.Contains(@"AlphaNet \*removed\* the\_group's \<b\>\[accounts\]\</b\> \| \`now\` \#1", brief.Markdown);
        Assert.DoesNotContain("*removed*", brief.Markdown!.Replace(@"\*removed\*", ""));
    }

    [GeneratedRegex(@"^## (.+?) \{#", RegexOptions.Multiline)]
    private static partial Regex Headings();
}
