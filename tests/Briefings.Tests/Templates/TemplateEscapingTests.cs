using System.Net;
using System.Text.RegularExpressions;
using Briefings.Figures;
using Briefings.Templates;
using Briefings.Templates.Model;
using Briefings.Tests.Cli;
using Briefings.Typesetting;

namespace Briefings.Tests.Templates;

/// <summary>
/// Through real templates: a value from data is escaped once (also when it comes out of a partial), template
/// text stays Markdown as written, and analyst text with Markdown's special characters prints literally in
/// the PDF and the HTML.
/// </summary>
public partial class TemplateEscapingTests
{
    private const string Awkward = "A *star*, an _under_, #hash, a | pipe, [brackets], <b>tag</b>, {{ braces }}, `tick` and [^note]";

    private static BriefModel Model() => Briefs.FixtureModel() with { BottomLine = new StatementView(Awkward, [], []) };

    private static RenderedMarkdown Render(TemplateSet templates)
    {
        var rendered = TemplateRenderer.Render(templates, Model(), Locale.Default);
        Assert.Empty(rendered.Problems);
        return rendered;
    }

    private static TemplateSet WithPartial() => Briefs.Templates(
        "# Brief\n\nDirect: {{ bottom_line.text }}\n\n{{ include \"line\" }}\n",
        ("line", "**Included:** {{ bottom_line.text }}\n"));

    private const string Escaped = @"A \*star\*, an \_under\_, \#hash, a \| pipe, \[brackets\], \<b\>tag\</b\>, \{\{ braces \}\}, \`tick\` and \[\^note\]";

    [Fact]
    public void A_value_is_escaped_once_directly_and_inside_a_partial_and_template_text_is_markdown()
    {
        var markdown = Render(WithPartial()).Markdown!;
        Assert.Equal($"# Brief\n\nDirect: {Escaped}\n\n**Included:** {Escaped}\n", markdown);
    }

    [Fact]
    public void Analyst_text_prints_literally_in_html()
    {
        var rendered = Render(WithPartial());
        var html = Encoding(new Typesetter(figures: BriefFigures.Renderers).RenderHtml(Request(rendered)).Bytes!);
        var text = WebUtility.HtmlDecode(Tags().Replace(html, ""));
        Assert.Contains("Direct: " + Awkward, text);
        Assert.Contains("Included: " + Awkward, text);
        Assert.Contains("<strong>Included:</strong>", html);
    }

    [PdfToolFact]
    public void Analyst_text_prints_literally_in_the_pdf()
    {
        var rendered = Render(WithPartial());
        var pdf = Path.Combine(Path.GetTempPath(), $"briefings-escaping-{Guid.NewGuid():N}.pdf");
        try
        {
            File.WriteAllBytes(pdf, new Typesetter(figures: BriefFigures.Renderers).RenderPdf(Request(rendered)).Bytes!);
            var text = Regex.Replace(PdfText.Extract(pdf), @"\s+", " ");
            Assert.Contains("Direct: " + Awkward, text);
            Assert.Contains("Included: " + Awkward, text);
        }
        finally
        {
            File.Delete(pdf);
        }
    }

    [Fact]
    public void Words_with_spaces_from_template_code_keep_their_spaces()
    {
        var markdown = Render(Briefs.Templates("{{ for s in sources }}{{ if !for.first }}{{ for.last ? \" and \" : \", \" }}{{ end }}{{ s.publisher }}{{ end }}\n")).Markdown!;
        Assert.Matches("^[^,]+ and [^,]+\n$", markdown);
    }

    private static RenderRequest Request(RenderedMarkdown rendered) =>
        new(rendered.Markdown!, "brief.md") { Meta = rendered.Meta, Figures = rendered.Figures };

    private static string Encoding(byte[] bytes) => System.Text.Encoding.UTF8.GetString(bytes);

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();
}
