using Briefings.Typesetting.Text;

namespace Briefings.Typesetting.Layout;

/// <summary>
/// One drawing instruction, in points relative to its box's top-left corner, y downwards.
/// Path is the chain of structure elements (tags) the mark belongs to; null for decoration.
/// </summary>
public abstract record Ink(StructNode[]? Path)
{
    /// <summary>The same mark moved by (dx, dy): how containers indent and charts arrange their content.</summary>
    public abstract Ink Moved(float dx, float dy);
}

/// <summary>Text drawn from its baseline. Link is a URL or "#anchor".</summary>
public sealed record TextInk(float X, float Baseline, string Text, FontFace Face, float Size, Rgb Color, float Width,
    string? Link, StructNode[]? Path) : Ink(Path)
{
    public override Ink Moved(float dx, float dy) => this with { X = X + dx, Baseline = Baseline + dy };
}

/// <summary>
/// A set line's words in one style on one baseline, each at its own x (a justified line stretches the
/// spaces between them). One mark for the run rather than a <see cref="TextInk"/> a word, because a long
/// document keeps every line of its plan until it is painted and a record a word was most of that plan.
/// Each word is drawn, linked and written to snapshots exactly as the TextInk it stands for (<see cref="Texts"/>).
/// </summary>
public sealed record WordsInk(float Baseline, FontFace Face, float Size, Rgb Color, string? Link, StructNode[]? Path, Word[] Words) : Ink(Path)
{
    public override Ink Moved(float dx, float dy)
    {
        var words = new Word[Words.Length];
        for (int k = 0; k < words.Length; k++) words[k] = Words[k] with { X = Words[k].X + dx };
        return this with { Baseline = Baseline + dy, Words = words };
    }

    /// <summary>The words as the TextInks they stand for: for code that reads text a piece at a time (charts, snapshots, tests).</summary>
    public IEnumerable<TextInk> Texts() => Words.Select(word => new TextInk(word.X, Baseline, word.Text, Face, Size, Color, word.Width, Link, Path));
}

/// <summary>One placed piece of a <see cref="WordsInk"/>: a word, or words at their natural spacing, with its trailing space.</summary>
public readonly record struct Word(float X, string Text, float Width);

/// <summary>Text pieces of a list of marks, whichever record holds them.</summary>
public static class InkTexts
{
    /// <summary>Each mark moved by (dx, dy): how a container indents a line it holds.</summary>
    public static List<Ink> Moved(this IReadOnlyList<Ink> inks, float dx, float dy)
    {
        var moved = new List<Ink>(inks.Count);
        for (int i = 0; i < inks.Count; i++) moved.Add(inks[i].Moved(dx, dy));
        return moved;
    }

    public static IEnumerable<TextInk> Texts(this IEnumerable<Ink> inks) => inks.SelectMany<Ink, TextInk>(ink => ink switch
    {
        TextInk text => [text],
        WordsInk words => words.Texts(),
        _ => [],
    });
}

public sealed record LineInk(float X1, float Y1, float X2, float Y2, float Thickness, Rgb Color, bool Dashed = false) : Ink((StructNode[]?)null)
{
    public override Ink Moved(float dx, float dy) => this with { X1 = X1 + dx, Y1 = Y1 + dy, X2 = X2 + dx, Y2 = Y2 + dy };
}

public sealed record RectInk(float X, float Y, float Width, float Height, Rgb? Fill, Rgb? Stroke = null, float StrokeWidth = 0.6f,
    StructNode[]? Path = null, bool Dashed = false) : Ink(Path)
{
    public override Ink Moved(float dx, float dy) => this with { X = X + dx, Y = Y + dy };
}

public sealed record EllipseInk(float X, float Y, float Width, float Height, Rgb? Fill, Rgb? Stroke, float StrokeWidth = 0.8f) : Ink((StructNode[]?)null)
{
    public override Ink Moved(float dx, float dy) => this with { X = X + dx, Y = Y + dy };
}

/// <summary>A closed or open polyline, e.g. an arrow head.</summary>
public sealed record PolygonInk(float[] Points, Rgb? Fill, Rgb? Stroke, float StrokeWidth = 0.8f) : Ink((StructNode[]?)null)
{
    public override Ink Moved(float dx, float dy) => this with { Points = Points.Select((v, k) => v + (k % 2 == 0 ? dx : dy)).ToArray() };
}

public sealed record ImageInk(float X, float Y, float Width, float Height, byte[] Image, StructNode[]? Path) : Ink(Path)
{
    public override Ink Moved(float dx, float dy) => this with { X = X + dx, Y = Y + dy };
}
