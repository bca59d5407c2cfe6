using Briefings.Typesetting.Model;

namespace Briefings.Typesetting.Pdf;

/// <summary>
/// One page's content stream, operator by operator, in PDF space (y up from the foot: every y given
/// here is from the page top, as layout measures it, and is flipped once, here). Marked content always
/// encloses whole text objects: BT/ET open and close inside it, and q/Q only wraps an image, so a
/// reader's tag boundaries never cut through PDF's own nesting. Colours, fonts and line styles are
/// written only when they change.
/// </summary>
internal sealed class PageContent
{
    private readonly float _pageHeight;
    private readonly AsciiBuffer _ops;
    private bool _inText;
    private string? _font;
    private float _size = -1, _lineWidth = -1;
    private Rgb? _fill, _stroke;
    private bool _dashed;
    // The start of the current text line (the last Tm or Td) while a text object is open, in thousandths.
    private bool _lineStarted, _lineSlanted;
    private long _lineX, _lineY;

    /// <summary>A page's content in a buffer that the document's pages take in turn (it is emptied here).</summary>
    public PageContent(float pageHeight, AsciiBuffer buffer)
    {
        _pageHeight = pageHeight;
        _ops = buffer;
        _ops.Clear();
    }

    public void BeginMarked(string tag, int mcid)
    {
        EndText();
        _ops.Append('/').Append(tag).Append("<</MCID ").Append(mcid).Append(">>BDC\n");
    }

    public void BeginArtifact()
    {
        EndText();
        _ops.Append("/Artifact BMC\n");
    }

    public void EndMarked()
    {
        EndText();
        _ops.Append("EMC\n");
    }

    /// <summary>
    /// Glyphs from a baseline point, in a font resource at a size (two-byte glyph ids, Identity-H). A word
    /// on the baseline of the one before, in the same text object, moves from where that one started
    /// (<c>Td</c>, which adds exactly the distance given) instead of setting the whole text matrix again:
    /// the same positions in a third of the operators' bytes.
    /// </summary>
    public void Text(string font, float size, Rgb color, float x, float baseline, ReadOnlySpan<ushort> glyphs, bool slanted)
    {
        if (!_inText) { _ops.Append("BT\n"); _inText = true; _lineStarted = false; }
        if (font != _font || size != _size)
        {
            _ops.Append(font).Append(' ');
            Number(size).Append(" Tf\n");
            (_font, _size) = (font, size);
        }
        Fill(color);
        long tx = Thousandths(x), ty = Thousandths(_pageHeight - baseline);
        if (_lineStarted && ty == _lineY && slanted == _lineSlanted)
            _ops.AppendThousandths(tx - _lineX).Append(" 0 Td ");
        else
        {
            // A face the bundle has only upright is slanted by tan 12° when italic is asked for.
            _ops.Append(slanted ? "1 0 0.2126 1 " : "1 0 0 1 ");
            _ops.AppendThousandths(tx).Append(' ');
            _ops.AppendThousandths(ty).Append(" Tm ");
            (_lineY, _lineSlanted, _lineStarted) = (ty, slanted, true);
        }
        _lineX = tx;
        Span<byte> codes = glyphs.Length <= 256 ? stackalloc byte[2 * glyphs.Length] : new byte[2 * glyphs.Length];
        for (int i = 0; i < glyphs.Length; i++) (codes[2 * i], codes[2 * i + 1]) = ((byte)(glyphs[i] >> 8), (byte)glyphs[i]);
        _ops.AppendLiteral(codes).Append(" Tj\n");
    }

    /// <summary>A coordinate in whole thousandths of a point, as written: what a Td chain adds up exactly.</summary>
    private static long Thousandths(float value) => (long)Math.Round((double)value * 1000);

    public void Line(float x1, float y1, float x2, float y2, float width, Rgb color, bool dashed)
    {
        EndText();
        Stroke(color, width, dashed);
        Point(x1, y1).Append(" m ");
        Point(x2, y2).Append(" l S\n");
    }

    public void Rectangle(float x, float y, float width, float height, Rgb? fill, Rgb? stroke, float strokeWidth, bool dashed)
    {
        EndText();
        Paint(fill, stroke, strokeWidth, dashed);
        Point(x, y + height).Append(' ');
        Number(width).Append(' ');
        Number(height).Append(" re ").Append(Operator(fill, stroke, close: false)).Append('\n');
    }

    /// <summary>An ellipse as four Bézier quarters (the usual 0.5523 control-point factor).</summary>
    public void Ellipse(float x, float y, float width, float height, Rgb? fill, Rgb? stroke, float strokeWidth)
    {
        EndText();
        Paint(fill, stroke, strokeWidth, dashed: false);
        float rx = width / 2, ry = height / 2, cx = x + rx, cy = y + ry, kx = rx * 0.5523f, ky = ry * 0.5523f;
        Point(cx + rx, cy).Append(" m\n");
        Curve(cx + rx, cy + ky, cx + kx, cy + ry, cx, cy + ry);
        Curve(cx - kx, cy + ry, cx - rx, cy + ky, cx - rx, cy);
        Curve(cx - rx, cy - ky, cx - kx, cy - ry, cx, cy - ry);
        Curve(cx + kx, cy - ry, cx + rx, cy - ky, cx + rx, cy);
        _ops.Append(Operator(fill, stroke, close: true)).Append('\n');
    }

    public void Polygon(ReadOnlySpan<float> points, Rgb? fill, Rgb? stroke, float strokeWidth)
    {
        if (points.Length < 4) return;
        EndText();
        Paint(fill, stroke, strokeWidth, dashed: false);
        Point(points[0], points[1]).Append(" m");
        for (int k = 2; k + 1 < points.Length; k += 2) { _ops.Append(' '); Point(points[k], points[k + 1]).Append(" l"); }
        _ops.Append(' ').Append(Operator(fill, stroke, close: true)).Append('\n');
    }

    public void Image(string name, float x, float y, float width, float height)
    {
        EndText();
        _ops.Append("q ");
        Number(width).Append(" 0 0 ");
        Number(height).Append(' ');
        Point(x, y + height).Append(" cm ").Append(name).Append(" Do Q\n");
    }

    /// <summary>The stream so far; valid until the next operator is written.</summary>
    public ReadOnlySpan<byte> ToBytes()
    {
        EndText();
        return _ops.Written;
    }

    private void EndText()
    {
        if (!_inText) return;
        _ops.Append("ET\n");
        _inText = false;
    }

    private void Fill(Rgb color)
    {
        if (_fill == color) return;
        Color(color).Append(" rg\n");
        _fill = color;
    }

    private void Stroke(Rgb color, float width, bool dashed)
    {
        if (_stroke != color) { Color(color).Append(" RG\n"); _stroke = color; }
        if (_lineWidth != width || _dashed != dashed)
        {
            Number(width).Append(" w\n");
            // Dashes three widths long with one-width gaps, scaled with the line.
            if (dashed) { _ops.Append('['); Number(3 * width).Append(' '); Number(width).Append("] 0 d\n"); }
            else if (_dashed) _ops.Append("[] 0 d\n");
            (_lineWidth, _dashed) = (width, dashed);
        }
    }

    private void Paint(Rgb? fill, Rgb? stroke, float width, bool dashed)
    {
        if (fill is { } f) Fill(f);
        if (stroke is { } s) Stroke(s, width, dashed);
    }

    private static string Operator(Rgb? fill, Rgb? stroke, bool close) => (fill, stroke) switch
    {
        (not null, not null) => close ? "b" : "B",
        (not null, null) => "f",
        (null, not null) => close ? "s" : "S",
        _ => "n",
    };

    private void Curve(float x1, float y1, float x2, float y2, float x3, float y3)
    {
        Point(x1, y1).Append(' ');
        Point(x2, y2).Append(' ');
        Point(x3, y3).Append(" c\n");
    }

    private AsciiBuffer Color(Rgb c)
    {
        Number(c.R / 255f).Append(' ');
        Number(c.G / 255f).Append(' ');
        return Number(c.B / 255f);
    }

    private AsciiBuffer Point(float x, float y)
    {
        Number(x).Append(' ');
        return Number(_pageHeight - y);
    }

    private AsciiBuffer Number(float value) => _ops.Append(value);
}
