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
