using System.Buffers.Binary;

namespace Briefings.Typesetting.Pdf;

/// <summary>
/// PDFsharp's font subsets keep every glyph slot of the original font: only the glyphs a document uses
/// have outlines, but the index of outlines (loca) and the metrics (hmtx) keep all 3,300 entries of Noto
/// Serif, some 26 KB of each 36 KB subset, compressed again for every document. Glyph ids must stay as
/// they are (content streams use them directly), so the font can simply end after the highest glyph
/// that has an outline: both tables become a prefix of themselves, and the glyph count and metric
/// count shrink to match; it keeps at least the glyphs the text uses, since a space is used but has no
/// outline. A subset with any table that counts glyphs some other way is left alone.
/// </summary>
internal static class FontProgramTrim
{
    // Tables that either are rewritten here or do not depend on the number of glyphs.
    private static readonly HashSet<string> Understood = ["cvt ", "fpgm", "glyf", "head", "hhea", "hmtx", "loca", "maxp", "prep", "gasp", "name", "OS/2"];

    /// <param name="used">How many glyph slots the text uses (its highest glyph id plus one): these stay, outline or not.</param>
    public static byte[] AfterLastGlyph(byte[] font, int used)
    {
        if (font.Length < 12) return font;
        int count = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(4));
        var tables = new List<(string Tag, int Offset, int Length)>(count);
        for (int i = 0; i < count; i++)
        {
            var entry = font.AsSpan(12 + 16 * i, 16);
            var tag = System.Text.Encoding.Latin1.GetString(entry[..4]);
            int offset = (int)BinaryPrimitives.ReadUInt32BigEndian(entry[8..]), length = (int)BinaryPrimitives.ReadUInt32BigEndian(entry[12..]);
            if (!Understood.Contains(tag) || offset < 0 || length < 0 || (long)offset + length > font.Length) return font;
            tables.Add((tag, offset, length));
        }
        ReadOnlySpan<byte> Table(string tag)
        {
            foreach (var t in tables) if (t.Tag == tag) return font.AsSpan(t.Offset, t.Length);
            return default;
        }
        ReadOnlySpan<byte> head = Table("head"), maxp = Table("maxp"), hhea = Table("hhea"), loca = Table("loca");
        if (head.Length < 54 || maxp.Length < 6 || hhea.Length < 36 || Table("hmtx").IsEmpty || Table("glyf").IsEmpty) return font;

        bool longOffsets = BinaryPrimitives.ReadInt16BigEndian(head[50..]) == 1;
        int glyphs = BinaryPrimitives.ReadUInt16BigEndian(maxp[4..]), metrics = BinaryPrimitives.ReadUInt16BigEndian(hhea[34..]);
        int entrySize = longOffsets ? 4 : 2;
        if (loca.Length < (glyphs + 1) * entrySize || metrics > glyphs) return font;
        int keep = Math.Max(1, used); // .notdef at least
        for (int glyph = keep; glyph < glyphs; glyph++) if (Location(loca, longOffsets, glyph + 1) > Location(loca, longOffsets, glyph)) keep = glyph + 1;
        if (keep >= glyphs) return font;
        int keptMetrics = Math.Min(metrics, keep);
        int hmtxLength = 4 * keptMetrics + 2 * (keep - keptMetrics);
        long glyfLength = Location(loca, longOffsets, keep);
        if (hmtxLength > Table("hmtx").Length || glyfLength > Table("glyf").Length) return font;

        var rewritten = new Dictionary<string, byte[]>
        {
            ["loca"] = loca[..((keep + 1) * entrySize)].ToArray(),
            ["hmtx"] = Table("hmtx")[..hmtxLength].ToArray(),
            ["glyf"] = Table("glyf")[..(int)glyfLength].ToArray(),
            ["maxp"] = maxp.ToArray(),
            ["hhea"] = hhea.ToArray(),
            ["head"] = head.ToArray(),
        };
        BinaryPrimitives.WriteUInt16BigEndian(rewritten["maxp"].AsSpan(4), (ushort)keep);
        BinaryPrimitives.WriteUInt16BigEndian(rewritten["hhea"].AsSpan(34), (ushort)keptMetrics);
        BinaryPrimitives.WriteUInt32BigEndian(rewritten["head"].AsSpan(8), 0); // checkSumAdjustment, set below

        // The same directory, tables in the same order, each at a four-byte boundary.
        int directory = 12 + 16 * count;
        int size = directory;
        foreach (var t in tables) size += (rewritten.TryGetValue(t.Tag, out var r) ? r.Length : t.Length) + 3 & ~3;
        var trimmed = new byte[size];
        font.AsSpan(0, 12).CopyTo(trimmed);
        int at = directory, headAt = 0;
        for (int i = 0; i < count; i++)
        {
            var (tag, offset, length) = tables[i];
            ReadOnlySpan<byte> data = rewritten.TryGetValue(tag, out var r) ? r : font.AsSpan(offset, length);
            data.CopyTo(trimmed.AsSpan(at));
            var entry = trimmed.AsSpan(12 + 16 * i, 16);
            font.AsSpan(12 + 16 * i, 4).CopyTo(entry);
            BinaryPrimitives.WriteUInt32BigEndian(entry[4..], Checksum(trimmed.AsSpan(at, data.Length + 3 & ~3)));
            BinaryPrimitives.WriteUInt32BigEndian(entry[8..], (uint)at);
            BinaryPrimitives.WriteUInt32BigEndian(entry[12..], (uint)data.Length);
            if (tag == "head") headAt = at;
            at += data.Length + 3 & ~3;
        }
        BinaryPrimitives.WriteUInt32BigEndian(trimmed.AsSpan(headAt + 8), 0xB1B0AFBA - Checksum(trimmed));
        return trimmed;
    }

    /// <summary>Where a glyph's outline starts in glyf (the next glyph's start is where it ends).</summary>
    private static long Location(ReadOnlySpan<byte> loca, bool longOffsets, int glyph) =>
        longOffsets ? BinaryPrimitives.ReadUInt32BigEndian(loca[(4 * glyph)..]) : 2L * BinaryPrimitives.ReadUInt16BigEndian(loca[(2 * glyph)..]);

    /// <summary>The sum of big-endian 32-bit words, as TrueType checks tables and whole fonts.</summary>
    public static uint Checksum(ReadOnlySpan<byte> data)
    {
        uint sum = 0;
        int whole = data.Length & ~3;
        for (int i = 0; i < whole; i += 4) sum += BinaryPrimitives.ReadUInt32BigEndian(data[i..]);
        if (whole < data.Length)
        {
            Span<byte> last = stackalloc byte[4];
            data[whole..].CopyTo(last);
            sum += BinaryPrimitives.ReadUInt32BigEndian(last);
        }
        return sum;
    }
}
