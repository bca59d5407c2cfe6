using Briefings.Typesetting.Layout;

namespace Briefings.Typesetting.Tests;

public class OptionsTests
{
    [Fact]
    public void Letter_paper_sets_us_letter_pages()
    {
        var (plan, _) = Render.Plan("---\ntitle: T\npaper: letter\n---\n\nText.\n");
        Assert.Equal((612f, 792f), (plan.PageWidth, plan.PageHeight));
        var (a4, _) = Render.Plan("Text.\n");
        Assert.Equal(595.28f, a4.PageWidth, 0.01f);
    }

    [Fact]
    public void Ragged_right_keeps_natural_word_spaces()
    {
        var (plan, _) = Render.Plan("---\ntitle: T\njustify: false\n---\n\n" + Render.Paragraph(20));
        var lines = plan.Pages.SelectMany(p => p.Body).Select(b => b.Box.Inks.Texts().ToList())
            .Where(inks => inks.Count > 0 && inks[0].Size == Theme.Default.BodySize).ToList();
        Assert.True(lines.Count > 5);
        // Natural spacing lets a line's words merge into one run, and lines end at different places.
        Assert.All(lines, inks => Assert.Single(inks));
        Assert.True(lines.Select(inks => Math.Round(inks[0].Width)).Distinct().Count() > lines.Count / 2);
    }

    [Fact]
    public void A_theme_file_changes_margins_sizes_and_colours()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory().FullName, "theme.yaml");
        File.WriteAllText(path, "margin_left: 40\nbody_size: 12\nheading_color: \"#000000\"\n");
        var (theme, diagnostics) = Theme.Load(path);
        Assert.Empty(diagnostics);
        Assert.Equal(40, theme!.MarginLeft);
        var (document, d) = new Typesetter(theme).Parse(new RenderRequest("Some text.", "t.md"));
        var plan = new Typesetter(theme).Layout(document, "t.md", d);
        Assert.Equal(40 * 72 / 25.4f, plan.TextBox.Left, 0.01f);
        Assert.Equal(12, Render.Texts(plan).First().Ink.Size);
    }

    [Fact]
    public void A_bad_theme_key_is_an_error_with_its_line_and_the_known_keys()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory().FullName, "theme.yaml");
        File.WriteAllText(path, "body_size: 11\nbody_colour: red\n");
        var (theme, diagnostics) = Theme.Load(path);
        Assert.Null(theme);
        var error = Assert.Single(diagnostics);
        Assert.Equal(2, error.At.Line);
        Assert.Contains("text_color", error.Message);
    }

    [Fact]
    public void A_font_outside_the_bundle_is_refused()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory().FullName, "theme.yaml");
        File.WriteAllText(path, "body_size: 11\nbody_font: Times New Roman\n");
        var (theme, diagnostics) = Theme.Load(path);
        Assert.Null(theme);
        var error = Assert.Single(diagnostics);
        Assert.Contains("Noto Serif", error.Message);
        Assert.Equal(2, error.At.Line);
    }

    [Fact]
    public void Html_output_is_semantic_and_escaped()
    {
        var result = Render.Typesetter.RenderHtml(new RenderRequest(
            "---\ntitle: A <b> title\nmarking: official\n---\n\n# Head {#h}\n\nText with a note.[^1]\n\n| A | B |\n|---|---|\n| 1 | 2 |\n\n:::bluf\nBottom line.\n:::\n\n[^1]: The note.\n", "t.md"));
        Assert.True(result.Succeeded);
        var html = System.Text.Encoding.UTF8.GetString(result.Bytes!);
        Assert.Contains("<html lang=\"en-GB\">", html);
        Assert.Contains("<title>A &lt;b&gt; title</title>", html);
        Assert.Contains("<h2 id=\"h\">Head</h2>", html);
        Assert.Contains("<th scope=\"col\">A</th>", html);
        Assert.Contains("<aside class=\"bluf\"", html);
        Assert.Contains("<li id=\"fn-1\">The note.</li>", html);
        Assert.Equal(2, html.Split("OFFICIAL").Length - 1);
    }
}

public class AnchorTests
{
    [Fact]
    public void Heading_ids_become_link_targets_and_stay_out_of_the_text()
    {
        var (plan, diagnostics) = Render.Plan("# Method {#method}\n\nSee [the method](#method) and [nowhere](#missing).\n");
        Assert.True(plan.Anchors.ContainsKey("method"));
        Assert.DoesNotContain(Render.Texts(plan), t => t.Ink.Text.Contains("{#"));
        var warning = Assert.Single(diagnostics);
        Assert.Contains("#missing", warning.Message);
        Assert.Contains(Render.Texts(plan), t => t.Ink.Link == "#method");
    }
}

public class HtmlChartTests
{
    [Fact]
    public void Charts_in_html_are_inline_svg_named_by_their_alt_text()
    {
        var result = Render.Typesetter.RenderHtml(new RenderRequest(
            "Intro.\n\n```chart\ntype: timeline\ntitle: Dates\nevents:\n  - date: 2015-03-09\n    label: Site <offline>\n```\n", "t.md"));
        var html = System.Text.Encoding.UTF8.GetString(result.Bytes!);
        Assert.Contains("<svg xmlns=\"http://www.w3.org/2000/svg\"", html);
        Assert.Contains("role=\"img\" aria-label=\"Timeline of 1 event. 9 March 2015: Site &lt;offline&gt;.\"", html);
        Assert.Contains(">Dates</text>", html);
    }
}
