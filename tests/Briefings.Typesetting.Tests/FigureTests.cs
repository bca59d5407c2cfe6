using System.Text.RegularExpressions;
using Briefings.Typesetting.Charts;
using Briefings.Typesetting.Figures;
using Briefings.Typesetting.Layout;
using Briefings.Typesetting.Model;
using Briefings.Typesetting.Words;

namespace Briefings.Typesetting.Tests;

/// <summary>
/// Figures a caller hands over typed, placed by ```figure fences and drawn by the renderers it registers;
/// metadata handed over typed; the engine's fixed words by document language; and no domain words in the engine.
/// </summary>
public partial class FigureTests
{
    /// <summary>A caller's own figure type, which the engine knows nothing about.</summary>
    private sealed record Steps(IReadOnlyList<string> Names);

    private sealed class StepsRenderer : FigureRenderer<Steps>
    {
        protected override ChartSpec Draw(Steps figure) =>
            new FlowChart("Steps", figure.Names.Skip(1).Select((n, i) => new FlowPath([figure.Names[i]], n, "then", "done", Closed: i == 0)).ToList());
    }

    private static readonly Typesetter WithSteps = new(figures: new FigureRenderers([new StepsRenderer()]));

    private static (Document Document, List<Diagnostic> Diagnostics) Parse(string markdown, IReadOnlyDictionary<string, object> figures, Typesetter? typesetter = null) =>
        (typesetter ?? WithSteps).Parse(new RenderRequest(markdown, "t.md") { Figures = figures });

    [Fact]
    public void A_figure_fence_places_the_handed_over_figure_drawn_by_its_registered_renderer()
    {
        var (document, diagnostics) = Parse("Before.\n\n```figure f1\n```\n\nAfter.\n", new Dictionary<string, object> { ["f1"] = new Steps(["Plan", "Build", "Ship"]) });
        Assert.Empty(diagnostics);
        var chart = Assert.IsType<FlowChart>(Assert.Single(document.Blocks.OfType<ChartBlock>()).Spec);
        Assert.Equal(["Build", "Ship"], chart.Paths.Select(p => p.To));
        var plan = WithSteps.Layout(document, "t.md", diagnostics);
        Assert.Contains(Render.Texts(plan), t => t.Ink.Text == "Ship");
    }

    [Fact]
    public void A_figure_nobody_handed_over_is_an_error_at_its_fence()
    {
        var (_, diagnostics) = Parse("Text.\n\n```figure missing\n```\n", new Dictionary<string, object>());
        var error = Assert.Single(diagnostics);
        Assert.Equal((Severity.Error, 3), (error.Severity, error.At.Line));
        Assert.Contains("no figure 'missing' was handed over", error.Message);
    }

    [Fact]
    public void A_figure_without_a_registered_renderer_is_an_error()
    {
        var (_, diagnostics) = Parse("```figure f1\n```\n", new Dictionary<string, object> { ["f1"] = new Steps(["A"]) }, new Typesetter());
        Assert.Contains("no figure renderer is registered for Steps", Assert.Single(diagnostics).Message);
    }

    [Fact]
    public void Typed_metadata_stands_for_front_matter()
    {
        var (document, diagnostics) = new Typesetter().Parse(new RenderRequest("Body.\n", "t.md")
        {
            Meta = new DocumentMeta { Title = "Typed title", HasTitleBlock = true, Language = "en-US", Marking = "OFFICIAL" },
        });
        Assert.Empty(diagnostics);
        Assert.Equal(("Typed title", "en-US", "OFFICIAL"), (document.Meta.Title, document.Meta.Language, document.Meta.Marking));
    }

    [Fact]
    public void Chart_fences_still_work_with_their_words_in_the_data()
    {
        var (document, diagnostics) = new Typesetter().Parse(new RenderRequest(
            "```chart\ntype: flow\npaths:\n  - from: [A, B]\n    to: C\n    note: moved after a change\n    status: Closed · up two days\n    closed: true\n```\n", "t.md"));
        Assert.Empty(diagnostics);
        var path = Assert.Single(Assert.IsType<FlowChart>(Assert.Single(document.Blocks.OfType<ChartBlock>()).Spec).Paths);
        Assert.Equal(["A", "B"], path.From);
        Assert.Equal(("C", "moved after a change", "Closed · up two days", true), (path.To, path.Note, path.Status, path.Closed));
    }

    [Fact]
    public void A_chart_key_the_engine_does_not_use_is_a_warning_with_a_suggestion()
    {
        var (_, diagnostics) = new Typesetter().Parse(new RenderRequest("```chart\ntype: flow\npaths:\n  - from: A\n    to: C\n    stauts: up\n```\n", "t.md"));
        var warning = Assert.Single(diagnostics);
        Assert.Equal((Severity.Warning, 6), (warning.Severity, warning.At.Line));
        Assert.Contains("did you mean 'status'?", warning.Message);
    }

    [Fact]
    public void The_engines_dates_and_fixed_words_follow_the_document_language()
    {
        const string chart = "```chart\ntype: timeline\nevents:\n  - date: 2015-03-08\n    label: One\n  - date: 2015-03-20\n    label: Two\n```\n";
        string Keys(string language)
        {
            var (plan, _) = Render.Plan($"---\nlanguage: {language}\n---\n\n{chart}");
            return string.Join("|", Render.Texts(plan).Select(t => t.Ink.Text));
        }
        // The key words a date as the text does, in full: what a reader hears in the alt text too.
        Assert.Contains("8 March 2015", Keys("en-GB"));
        Assert.Contains("March 8, 2015", Keys("en-US"));
        Assert.DoesNotContain("8 March 2015", Keys("en-US"));
        Assert.Equal("Page 2 of 3", DocumentWords.For("en-US").PageOf(2, 3));
        Assert.Equal("Bottom line up front", DocumentWords.For("en-us").CalloutLabel("bluf"));
        Assert.Same(DocumentWords.BritishEnglish, DocumentWords.For("fr-FR"));
    }

    [Fact]
    public void The_engine_holds_no_domain_words()
    {
        var engine = Path.Combine(Render.RepositoryRoot, "src", "Briefings.Typesetting");
        var offending = Directory.EnumerateFiles(engine, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => File.ReadLines(f).Select((line, i) => (File: Path.GetFileName(f), Line: i + 1, Text: line)))
            .Where(l => DomainWords().IsMatch(l.Text))
            .Select(l => $"{l.File}:{l.Line}: {l.Text.Trim()}")
            .ToList();
        Assert.Empty(offending);
    }

    [GeneratedRegex(@"\b(ban|bans|banned|offline|displacement|persisting|deplatform\w*)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DomainWords();
}
