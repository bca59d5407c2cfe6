using Briefings.Typesetting.Layout;

namespace Briefings.Typesetting.Text;

/// <summary>A fully resolved inline style: what the painter needs to draw a run.</summary>
/// Lang is set on words in a script the document's language does not use (see ScriptLanguage).
public sealed record TextStyle(FontFace Face, float Size, Rgb Color, float Rise = 0, string? Link = null, int Footnote = 0, string? Lang = null);

public enum TextAlign { Justify, Left, Center, Right }

/// <summary>How a paragraph is set: its base face and size, leading, colours and alignment.</summary>
public sealed record ParagraphStyle(FontFace Face, float Size, float Leading, Rgb Color, Rgb LinkColor, string MonoFamily,
    TextAlign Align, bool Hyphenate);

/// <summary>One set line: its height and the text runs on it (one mark per run of a style), relative to the line's top-left.</summary>
public sealed record SetLine(float Height, IReadOnlyList<WordsInk> Inks, IReadOnlyList<int> Footnotes, float Width);
