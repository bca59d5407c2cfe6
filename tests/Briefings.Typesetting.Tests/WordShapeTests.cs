using Briefings.Typesetting.Layout;
using Briefings.Typesetting.Text;

namespace Briefings.Typesetting.Tests;

/// <summary>
/// A setter shapes each word once per face and way of breaking (WordShapes) and reuses the shape for
/// the rest of the layout: the same word set again where it breaks differently (unhyphenated, or in a
/// link) must be shaped again, not handed the first paragraph's breaks.
/// </summary>
public class WordShapeTests
{
    private static List<string> Lines(ParagraphSetter setter, IReadOnlyList<Model.Span> spans, float width, bool hyphenate) =>
        setter.Set(spans, new ParagraphStyle(new FontFace("Noto Serif"), 10, 14, Rgb.Black, Rgb.Black, "Noto Sans Mono", TextAlign.Left, hyphenate), width, [])
            .Select(l => string.Concat(l.Inks.Texts().Select(i => i.Text)).Trim()).ToList();

    [Fact]
    public void A_word_hyphenated_in_one_paragraph_stays_whole_where_hyphenation_is_off()
    {
        var setter = new ParagraphSetter(FontLibrary.Bundled, Hyphenator.ForLanguage("en-GB"), "en-GB");
        var text = new Model.Span("internationalisation internationalisation");
        Assert.Contains(Lines(setter, [text], 70, hyphenate: true), l => l.EndsWith('-'));
        Assert.DoesNotContain(Lines(setter, [text], 70, hyphenate: false), l => l.EndsWith('-'));
    }

    [Fact]
    public void A_path_set_as_plain_text_still_breaks_after_its_slashes_when_it_is_a_link()
    {
        var setter = new ParagraphSetter(FontLibrary.Bundled, Hyphenator.ForLanguage("en-GB"), "en-GB");
        const string path = "alpha/beta/gamma/delta/epsilon/zeta";
        Lines(setter, [new Model.Span(path)], 60, hyphenate: true);
        var linked = Lines(setter, [new Model.Span(path, Link: "https://example.org/" + path)], 60, hyphenate: true);
        Assert.True(linked.Count > 1, string.Join(" | ", linked));
        // Breaks only where a URL may break (after a separator), never between two letters.
        Assert.All(linked.SkipLast(1), l => Assert.EndsWith("/", l));
        Assert.Equal(path, string.Concat(linked));
    }

    [Fact]
    public void A_paragraph_set_by_a_warm_setter_matches_one_set_by_a_fresh_setter()
    {
        // Shapes are kept in em and scaled to each size: a setter that has met the words at another size
        // and alignment sets them to the last bit as a fresh one does.
        var spans = new Model.Span[] { new("Displacement after moderation: supporters moved to alternative platforms within days; "),
            new("most", Model.SpanStyle.Bold), new(" channels were offline again soon after, and "), new("www.example.org/report", Link: "https://www.example.org/report") };
        var fresh = new ParagraphSetter(FontLibrary.Bundled, Hyphenator.ForLanguage("en-GB"), "en-GB");
        var style = new ParagraphStyle(new FontFace("Noto Serif"), 10, 14, Rgb.Black, Rgb.Black, "Noto Sans Mono", TextAlign.Justify, true);
        var first = fresh.Set(spans, style, 150, []);
        var warm = new ParagraphSetter(FontLibrary.Bundled, Hyphenator.ForLanguage("en-GB"), "en-GB");
        warm.Set(spans, style with { Size = 12, Align = TextAlign.Left }, 120, []);
        var again = warm.Set(spans, style, 150, []);
        Assert.Equal(Describe(first), Describe(again));
    }

    private static List<string> Describe(IReadOnlyList<SetLine> lines) =>
        lines.SelectMany(l => l.Inks.Texts().Select(t => $"{t.X:R} {t.Width:R} {t.Text}")).ToList();
}
