using Briefings.Typesetting.Layout;
using Briefings.Typesetting.Text;

namespace Briefings.Typesetting.Tests;

public class TextTests
{
    [Theory]
    [InlineData("hyphenation", "hy-phen-ation")]
    [InlineData("typesetting", "type-set-ting")]
    [InlineData("displacement", "dis-place-ment")]
    public void Liang_patterns_hyphenate_english(string word, string expected)
    {
        var points = Hyphenator.ForLanguage("en-US").Points(word);
        var text = word;
        foreach (var p in points.Reverse()) text = text.Insert(p, "-");
        Assert.Equal(expected, text);
    }

    [Fact]
    public void Short_words_are_never_hyphenated()
    {
        Assert.Empty(Hyphenator.ForLanguage("en-GB").Points("ban"));
    }

    [Fact]
    public void Bundled_fonts_cover_latin_greek_cyrillic_and_the_euro()
    {
        var metrics = FontLibrary.Bundled.Metrics(new FontFace("Noto Serif"));
        Assert.All("Aé€“”–—ΑθήναМоскваЇ", c => Assert.True(metrics.Has(c), $"missing {c}"));
        Assert.True(metrics.Measure("Mi", 10) > metrics.Measure("ii", 10));
    }
}

public class NameHyphenationTests
{
    private static List<string> Lines(string text, float width)
    {
        var setter = new ParagraphSetter(FontLibrary.Bundled, Hyphenator.ForLanguage("en-GB"), "en-GB");
        var style = new ParagraphStyle(new FontFace("Noto Serif"), 10, 14, Rgb.Black, Rgb.Black, "Noto Sans Mono", TextAlign.Left, true);
        return setter.Set([new Model.Span(text)], style, width, []).Select(l => string.Concat(l.Inks.Texts().Select(i => i.Text)).Trim()).ToList();
    }

    [Fact]
    public void Ragged_text_in_a_narrow_cell_moves_a_short_word_rather_than_hyphenate_it()
    {
        var lines = Lines("still running", 45);
        Assert.Equal(["still", "running"], lines);
    }

    [Fact]
    public void Ordinary_words_hyphenate_in_a_narrow_measure()
    {
        Assert.Contains(Lines("internationalisation internationalisation", 70), l => l.EndsWith('-'));
    }

    [Fact]
    public void Names_are_never_hyphenated()
    {
        var lines = Lines("OmegaTube Parler SocialKit Telegram OmegaTube Parler", 24);
        Assert.DoesNotContain(lines, l => l.EndsWith('-'));
    }
}
