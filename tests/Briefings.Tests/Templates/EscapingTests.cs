using System.Net;
using System.Text.RegularExpressions;
using Briefings.Templates;
using Markdig;

namespace Briefings.Tests.Templates;

/// <summary>
/// Every inserted value prints literally: escaped text put into a paragraph, a heading, a list item,
/// a table cell or the start of a line reads back, through a real Markdown parser, as exactly the
/// original characters and produces no markup.
/// </summary>
public partial class EscapingTests
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseAdvancedExtensions().Build();

    public static TheoryData<string> Values => new()
    {
        "a *starred* and _underlined_ word",
        "# not a heading",
        "a | pipe | in a cell",
        "[a link](https://example.org) and [^fn]",
        "<script>alert(1)</script> & &amp; entities",
        "`code` and ``more``",
        "- not a list",
        "1. not a list either",
        "2015. a year at the start",
        "> not a quote",
        ":::warning not a container",
        "~~struck~~ ==marked== ++inserted++ ^sup^ $math$",
        "back\\slash at the end\\",
        "{#not-an-attribute}",
        "![not an image](x.png)",
        "   leading spaces and\nline\r\nbreaks   ",
    };

    [Theory]
    [MemberData(nameof(Values))]
    public void Reads_back_literally_in_every_position(string value)
    {
        var escaped = MarkdownText.Escape(value);
        var expected = MarkdownText.Fold(value);
        foreach (var markdown in new[]
                 {
                     escaped,
                     $"Before {escaped} after",
                     $"## {escaped}",
                     $"- {escaped}",
                     $"| Column |\n|---|\n| {escaped} |",
                 })
        {
            // A bare web address may become a link to itself; its text is still literal, so allow that.
            var html = AutoLinks().Replace(Markdown.ToHtml(markdown, Pipeline), "$1");
            var text = WebUtility.HtmlDecode(Tags().Replace(html, "")).Trim();
            Assert.Contains(expected, text);
            Assert.DoesNotMatch("<(em|strong|code|a|img|del|mark|ins|sup|sub|blockquote|ol|ul li ul|h1|script|span)[ >]", html.Replace("<ul>\n<li>", ""));
        }
    }

    [Fact]
    public void Folds_line_breaks_because_every_insertion_is_inline() =>
        Assert.Equal("one two three", MarkdownText.Fold(" one\n two\r\n\tthree "));

    [Fact]
    public void Plain_prose_stays_readable() =>
        Assert.Equal("Twitter's ban, in March 2015, lasted one day.", MarkdownText.Escape("Twitter's ban, in March 2015, lasted one day."));

    [GeneratedRegex("<a href=\"([^\"]+)\">\\1</a>")]
    private static partial Regex AutoLinks();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();
}
