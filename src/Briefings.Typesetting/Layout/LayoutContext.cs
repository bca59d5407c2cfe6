using Briefings.Typesetting.Model;
using Briefings.Typesetting.Text;

namespace Briefings.Typesetting.Layout;

/// <summary>What every block layouter needs: the theme resolved to faces and colours, the measure, and a place for warnings.</summary>
public sealed class LayoutContext
{
    private readonly HashSet<char> _reportedGlyphs = new();
    private readonly ParagraphSetter.MissingGlyph _reportGlyph;
    private int _blockLine; // the line of the block being set, for the warning: one delegate serves every block

    public LayoutContext(Theme theme, FontLibrary fonts, Hyphenator hyphenator, DocumentMeta meta, float width, float bodyHeight,
        string file, List<Diagnostic> diagnostics)
    {
        Theme = theme;
        Fonts = fonts;
        Setter = new ParagraphSetter(fonts, hyphenator, meta.Language);
        Meta = meta;
        Words = Typesetting.Words.DocumentWords.For(meta.Language);
        Width = width;
        BodyHeight = bodyHeight;
        File = file;
        Diagnostics = diagnostics;
        Text = Rgb.Parse(theme.TextColor);
        HeadingColor = Rgb.Parse(theme.HeadingColor);
        Muted = Rgb.Parse(theme.MutedColor);
        Rule = Rgb.Parse(theme.RuleColor);
        Link = Rgb.Parse(theme.LinkColor);
        Body = new FontFace(theme.BodyFont);
        Heading = new FontFace(theme.HeadingFont, Bold: true);
        Sans = new FontFace(theme.HeadingFont);
        BodyParagraph = Paragraph(Body, theme.BodySize, BodyAlign);
        _reportGlyph = c =>
        {
            if (_reportedGlyphs.Add(c))
                Diagnostics.Add(Diagnostic.Warning(File, _blockLine, 1, "glyph",
                    $"character U+{(int)c:X4} '{c}' is not in the bundled fonts; it is printed as '?'"));
        };
    }

    public Theme Theme { get; }
    public FontLibrary Fonts { get; }
    public ParagraphSetter Setter { get; }
    public DocumentMeta Meta { get; }

    /// <summary>Each heading's level for a reader (its tag), which may differ from its Markdown level.</summary>
    public IReadOnlyDictionary<Heading, int> HeadingLevels { get; init; } = new Dictionary<Heading, int>();

    /// <summary>The engine's fixed words in the document's language.</summary>
    public Typesetting.Words.DocumentWords Words { get; }
    public float Width { get; }
    public float BodyHeight { get; }
    public string File { get; }
    public List<Diagnostic> Diagnostics { get; }
    public Rgb Text { get; }
    public Rgb HeadingColor { get; }
    public Rgb Muted { get; }
    public Rgb Rule { get; }
    public Rgb Link { get; }
    public FontFace Body { get; }
    public FontFace Heading { get; }
    public FontFace Sans { get; }

    public TextAlign BodyAlign => Meta.Justify ?? Theme.Justify ? TextAlign.Justify : TextAlign.Left;

    /// <summary>How body paragraphs are set: made once, as every paragraph of the document shares it.</summary>
    public ParagraphStyle BodyParagraph { get; }

    public ParagraphStyle Paragraph(FontFace face, float size, TextAlign align, Rgb? color = null, float? leading = null) =>
        new(face, size, leading ?? size * Theme.LineHeight, color ?? Text, Link, Theme.MonoFont, align, Theme.Hyphenate);

    /// <summary>Sets spans and reports each character the fonts lack once, at the block's line.</summary>
    public IReadOnlyList<SetLine> Set(IReadOnlyList<Span> spans, ParagraphStyle style, float width, StructNode[] path, int line)
    {
        _blockLine = line;
        return Setter.Set(spans, style, width, path, _reportGlyph);
    }

    public float Measure(string text, FontFace face, float size) => Fonts.Metrics(face).Measure(text, size);
}
