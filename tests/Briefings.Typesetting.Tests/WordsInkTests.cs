using Briefings.Typesetting.Layout;
using Briefings.Typesetting.Text;

namespace Briefings.Typesetting.Tests;

/// <summary>
/// A set line holds one mark per run of a style, not one per word (what keeps a long document's plan
/// small), and still places every word on its own where justification stretched the spaces.
/// </summary>
public class WordsInkTests
{
    private static readonly string Prose = string.Join(' ', Enumerable.Repeat("The quick brown fox jumps over the lazy dog while analysts read.", 6));

    private static IReadOnlyList<SetLine> Set(IReadOnlyList<Model.Span> spans, bool hyphenate = false)
    {
        var setter = new ParagraphSetter(FontLibrary.Bundled, Hyphenator.ForLanguage("en-GB"), "en-GB");
        var style = new ParagraphStyle(new FontFace("Noto Serif"), 10, 14, Rgb.Black, Rgb.Black, "Noto Sans Mono", TextAlign.Justify, hyphenate);
        return setter.Set(spans, style, 200, [new StructNode(Tag.P)]);
    }

    [Fact]
    public void A_justified_line_in_one_style_is_one_mark_with_each_word_placed()
    {
        var lines = Set([new Model.Span(Prose)]);
        Assert.True(lines.Count > 3);
        foreach (var line in lines.SkipLast(1))
        {
            var mark = Assert.Single(line.Inks);
            Assert.True(mark.Words.Length > 3, $"{mark.Words.Length} words");
            // Stretched spaces: each word starts after the previous one ends, and the line fills the measure.
            for (int k = 1; k < mark.Words.Length; k++)
                Assert.True(mark.Words[k].X >= mark.Words[k - 1].X + mark.Words[k - 1].Width - 0.01f);
            Assert.Equal(200, mark.Words[^1].X + mark.Words[^1].Width, 0.5);
        }
    }

    [Fact]
    public void A_link_inside_a_line_is_a_mark_of_its_own_between_the_plain_runs()
    {
        var lines = Set([new Model.Span("Read the evidence first and then"), new Model.Span("the linked report", Link: "https://example.org"),
            new Model.Span("before the meeting starts today.")]);
        var marks = lines.SelectMany(l => l.Inks).ToList();
        var linked = marks.Where(m => m.Link is not null).ToList();
        Assert.NotEmpty(linked);
        Assert.All(linked, m => Assert.Equal(Tag.Link, m.Path![^1].Tag));
        Assert.Equal("the linked report", string.Concat(linked.SelectMany(m => m.Words).Select(w => w.Text)).Trim());
        // Marks alternate: no two neighbours on a line share a style that could have been one mark.
        foreach (var line in lines)
            for (int k = 1; k < line.Inks.Count; k++)
                Assert.NotEqual(line.Inks[k - 1].Link, line.Inks[k].Link);
    }

    [Fact]
    public void A_hyphenated_word_end_is_a_mark_of_its_own_whose_span_reads_without_the_hyphen()
    {
        var lines = Set([new Model.Span(string.Join(' ', Enumerable.Repeat("Comprehensive interdisciplinary characterisation of disinformation.", 5)))], hyphenate: true);
        var hyphenated = lines.SelectMany(l => l.Inks).Where(m => m.Words[^1].Text.EndsWith('-')).ToList();
        Assert.NotEmpty(hyphenated);
        foreach (var mark in hyphenated)
        {
            var word = Assert.Single(mark.Words);
            Assert.Equal(word.Text[..^1], mark.Path![^1].ActualText);
        }
    }
}
