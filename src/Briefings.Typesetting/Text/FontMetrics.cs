using System.Buffers.Binary;

namespace Briefings.Typesetting.Text;

/// <summary>
/// Advance widths and character coverage read straight from a TrueType file. Measuring from our own
/// tables is both exact (PDFsharp draws these same advances, without kerning) and far cheaper than
/// XGraphics.MeasureString per word.
/// </summary>
public sealed class FontMetrics
{
    private readonly ushort[] _glyphOfChar = new ushort[65536];
    private readonly float[] _advanceOfChar = new float[65536]; // in em
    private readonly bool[] _hasChar = new bool[65536];
    private readonly bool[] _printsChar = new bool[65536]; // has a glyph and is not a control character

    public float Ascent { get; }   // em, positive
    public float Descent { get; }  // em, positive
    public float CapHeight { get; }

    public FontMetrics(byte[] ttf)
    {
        var tables = ReadTableDirectory(ttf);
        var head = tables["head"];
        float unitsPerEm = U16(ttf, head + 18);
        var hhea = tables["hhea"];
        Ascent = (short)U16(ttf, hhea + 4) / unitsPerEm;
        Descent = -(short)U16(ttf, hhea + 6) / unitsPerEm;
        int numberOfHMetrics = U16(ttf, hhea + 34);
        CapHeight = Ascent * 0.7f;
        if (tables.TryGetValue("OS/2", out var os2) && U16(ttf, os2) >= 2)
            CapHeight = (short)U16(ttf, os2 + 88) / unitsPerEm;

        var hmtx = tables["hmtx"];
        int AdvanceOfGlyph(int glyph) => U16(ttf, hmtx + 4 * Math.Min(glyph, numberOfHMetrics - 1));

        foreach (var (code, glyph) in ReadCmap(ttf, tables["cmap"]))
        {
            if (code > 0xFFFF || glyph == 0) continue;
            _glyphOfChar[code] = (ushort)glyph;
            _hasChar[code] = true;
            _printsChar[code] = !char.IsControl((char)code);
        }
        for (int c = 0; c < 65536; c++)
            _advanceOfChar[c] = AdvanceOfGlyph(_glyphOfChar[c]) / unitsPerEm;
    }

    public bool Has(char c) => _hasChar[c];

    /// <summary>Whether every character of the text has a glyph here and none is a control character: text that prints as it is.</summary>
    public bool Prints(ReadOnlySpan<char> text)
    {
        foreach (var c in text) if (!_printsChar[c]) return false;
        return true;
    }

    /// <summary>The glyph a character maps to in this font (0 when it has none).</summary>
    public ushort Glyph(char c) => _glyphOfChar[c];

    /// <summary>Width of the text in points at the given size.</summary>
    public float Measure(ReadOnlySpan<char> text, float size)
    {
        float em = 0;
        foreach (var c in text) em += _advanceOfChar[c];
        return em * size;
    }

    public float Advance(char c, float size) => _advanceOfChar[c] * size;

    private static Dictionary<string, int> ReadTableDirectory(byte[] ttf)
    {
        int count = U16(ttf, 4);
        var tables = new Dictionary<string, int>(count);
        for (int i = 0; i < count; i++)
        {
            int record = 12 + 16 * i;
            var tag = System.Text.Encoding.ASCII.GetString(ttf, record, 4);
            tables[tag] = (int)U32(ttf, record + 8);
        }
        return tables;
    }

    /// <summary>Unicode → glyph pairs from the best Unicode subtable (format 12 preferred, else 4).</summary>
    private static IEnumerable<(int Code, int Glyph)> ReadCmap(byte[] ttf, int cmap)
    {
        int count = U16(ttf, cmap + 2);
        int best = -1, bestFormat = 0;
        for (int i = 0; i < count; i++)
        {
            int platform = U16(ttf, cmap + 4 + 8 * i), encoding = U16(ttf, cmap + 6 + 8 * i);
            int offset = cmap + (int)U32(ttf, cmap + 8 + 8 * i);
            int format = U16(ttf, offset);
            bool unicode = platform == 0 || (platform == 3 && (encoding == 1 || encoding == 10));
            if (unicode && (format == 12 || (format == 4 && bestFormat != 12))) { best = offset; bestFormat = format; }
        }
        if (best < 0) throw new InvalidDataException("font has no Unicode cmap");
        return bestFormat == 12 ? ReadFormat12(ttf, best) : ReadFormat4(ttf, best);
    }

    private static IEnumerable<(int, int)> ReadFormat12(byte[] ttf, int table)
    {
        uint groups = U32(ttf, table + 12);
        for (int g = 0; g < groups; g++)
        {
            int rec = table + 16 + 12 * g;
            uint start = U32(ttf, rec), end = U32(ttf, rec + 4), glyph = U32(ttf, rec + 8);
            for (uint c = start; c <= end && c <= 0xFFFF; c++) yield return ((int)c, (int)(glyph + c - start));
        }
    }

    private static IEnumerable<(int, int)> ReadFormat4(byte[] ttf, int table)
    {
        int segments = U16(ttf, table + 6) / 2;
        int ends = table + 14, starts = ends + 2 * segments + 2, deltas = starts + 2 * segments, ranges = deltas + 2 * segments;
        for (int s = 0; s < segments; s++)
        {
            int end = U16(ttf, ends + 2 * s), start = U16(ttf, starts + 2 * s);
            int delta = (short)U16(ttf, deltas + 2 * s), rangeOffset = U16(ttf, ranges + 2 * s);
            for (int c = start; c <= end && c != 0xFFFF; c++)
            {
                int glyph;
                if (rangeOffset == 0) glyph = (c + delta) & 0xFFFF;
                else
                {
                    int at = ranges + 2 * s + rangeOffset + 2 * (c - start);
                    glyph = U16(ttf, at);
                    if (glyph != 0) glyph = (glyph + delta) & 0xFFFF;
                }
                yield return (c, glyph);
            }
        }
    }

    private static ushort U16(byte[] b, int at) => BinaryPrimitives.ReadUInt16BigEndian(b.AsSpan(at));
    private static uint U32(byte[] b, int at) => BinaryPrimitives.ReadUInt32BigEndian(b.AsSpan(at));
}
