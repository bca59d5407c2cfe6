namespace Briefings.Typesetting.Text;

/// <summary>One bundled face: a family from the bundle plus weight and slant.</summary>
public readonly record struct FontFace(string Family, bool Bold = false, bool Italic = false)
{
    public FontFace WithBold(bool bold = true) => this with { Bold = bold };
    public FontFace WithItalic(bool italic = true) => this with { Italic = italic };
}
