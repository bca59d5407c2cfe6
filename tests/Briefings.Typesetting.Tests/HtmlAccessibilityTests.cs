using Briefings.Typesetting.Layout;
using System.Globalization;
using System.Text.RegularExpressions;
using UglyToad.PdfPig.Actions;

namespace Briefings.Typesetting.Tests;

/// <summary>The HTML twin is as accessible as the PDF: levels, landmarks, contrast, and no script links in either.</summary>
public class HtmlAccessibilityTests
{
    private static string Html(string markdown)
    {
        var result = Render.Typesetter.RenderHtml(new RenderRequest(markdown, "t.md"));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return System.Text.Encoding.UTF8.GetString(result.Bytes!);
    }

    [Fact]
    public void Headings_have_one_h1_and_never_skip_a_level_matching_the_pdf_tags()
    {
        const string md = "---\ntitle: Brief\n---\n\n## Section\n\n### Part\n\n## Next\n\n#### Deep\n";
        var levels = Regex.Matches(Html(md), "<h([1-6])").Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).ToList();
        Assert.Equal([1, 2, 3, 2, 3], levels);

        var (plan, _) = Render.Plan(md);
        var tags = plan.Pages.SelectMany(p => p.Body).SelectMany(b => b.Box.Inks).Texts()
            .Select(i => i.Path?.FirstOrDefault(n => n.Tag is >= Layout.Tag.H1 and <= Layout.Tag.H6)).OfType<Layout.StructNode>()
            .Distinct().Select(n => n.Tag - Layout.Tag.H1 + 1).ToList();
        Assert.Equal(levels, tags);
    }

    [Fact]
    public void The_marking_sits_in_the_header_and_footer_landmarks()
    {
        var html = Html("---\ntitle: T\nmarking: official\n---\n\nText.\n");
        Assert.Matches(new Regex("<header>\\s*<p class=\"marking\">OFFICIAL</p>"), html);
        Assert.Matches(new Regex("<footer>\\s*<p class=\"marking\">OFFICIAL</p>\\s*</footer>"), html);
    }

    [Fact]
    public void Chart_text_has_at_least_4_5_to_1_contrast_on_white()
    {
        var html = Html("```chart\ntype: timeline\ntitle: Dates\nevents:\n  - date: 2015-03\n    label: A\n  - date: 2015-03-09\n    label: B\n    conflict: true\n```\n");
        var fills = Regex.Matches(html, "<text[^>]*fill=\"#([0-9a-fA-F]{6})\"").Select(m => m.Groups[1].Value).Distinct().ToList();
        Assert.NotEmpty(fills);
        foreach (var fill in fills) Assert.True(Contrast(fill) >= 4.5, $"#{fill} on white is {Contrast(fill):0.00}:1");
    }

    /// <summary>WCAG 2 contrast ratio against white.</summary>
    private static double Contrast(string hex)
    {
        double Linear(int c) { double s = c / 255.0; return s <= 0.03928 ? s / 12.92 : Math.Pow((s + 0.055) / 1.055, 2.4); }
        int v = int.Parse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        double l = 0.2126 * Linear(v >> 16 & 255) + 0.7152 * Linear(v >> 8 & 255) + 0.0722 * Linear(v & 255);
        return 1.05 / (l + 0.05);
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData(" JavaScript:alert(1)")]
    [InlineData("vbscript:msgbox")]
    [InlineData("data:text/html;base64,PHNjcmlwdD4=")]
    public void Script_and_data_links_are_printed_as_text_in_html_and_pdf(string url)
    {
        var md = $"Click [here]({url}) or <{url.Trim()}>.\n";
        var html = Html(md);
        Assert.DoesNotContain("href=\"" + url.Trim()[..4], html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("here", html);

        var pdf = Render.Pdf(md);
        Assert.Contains(pdf.Diagnostics, d => d.Message.Contains("is never made"));
        using var read = new PdfReadBack(pdf.Bytes!);
        Assert.Empty(read.Document.GetPages().SelectMany(p => p.GetAnnotations()));
        Assert.Contains("here", read.Document.GetPage(1).Text);
    }
}
