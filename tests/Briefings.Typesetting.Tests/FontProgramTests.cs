using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using Briefings.Typesetting.Pdf;

namespace Briefings.Typesetting.Tests;

/// <summary>
/// Embedded font subsets end after their last glyph with an outline (PDFsharp keeps every slot of the
/// original font), and stay valid TrueType: every glyph kept as it was, every checksum right.
/// </summary>
public class FontProgramTests
{
    [Fact]
    public void The_sample_embeds_fonts_that_end_after_their_last_glyph_with_valid_checksums()
    {
        var pdf = new PdfPainter().Paint(Render.SamplePlan(), DateTime.UnixEpoch);
        var programs = FontPrograms(pdf).ToList();
        Assert.NotEmpty(programs);
        foreach (var font in programs)
        {
            var tables = Tables(font);
            // Untrimmed, a subset keeps the whole font's 3,000-odd slots, far past its last outline. (The
            // sample's highest glyph in each font has an outline; a space above it would be kept too, see below.)
            Assert.Equal(BinaryPrimitives.ReadUInt16BigEndian(tables["maxp"].AsSpan(4)), LastWithOutline(tables) + 1);
            Assert.Equal(0xB1B0AFBAu, FontProgramTrim.Checksum(font));
        }
    }

    [Fact]
    public void Trimming_keeps_every_glyph_below_the_last_outline_byte_for_byte()
    {
        // A stand-in for a subset: the bundled Noto Serif's tables that PDFsharp's subsets have, with every
        // glyph after the 120th emptied in loca.
        var whole = Tables(BundledFont("NotoSerif-Regular"));
        var font = Font(whole.Where(t => t.Key is "cvt " or "fpgm" or "glyf" or "head" or "hhea" or "hmtx" or "loca" or "maxp" or "prep")
            .ToDictionary(t => t.Key, t => t.Value));
        var tables = Tables(font);
        const int keep = 121;
        var (locaAt, locaLength) = Entry(font, "loca");
        bool longOffsets = BinaryPrimitives.ReadInt16BigEndian(tables["head"].AsSpan(50)) == 1;
        int glyphs = BinaryPrimitives.ReadUInt16BigEndian(tables["maxp"].AsSpan(4));
        var subset = (byte[])font.Clone();
        for (int g = keep + 1; g <= glyphs; g++)
        {
            if (longOffsets) BinaryPrimitives.WriteUInt32BigEndian(subset.AsSpan(locaAt + 4 * g), BinaryPrimitives.ReadUInt32BigEndian(font.AsSpan(locaAt + 4 * keep)));
            else BinaryPrimitives.WriteUInt16BigEndian(subset.AsSpan(locaAt + 2 * g), BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(locaAt + 2 * keep)));
        }

        var trimmed = FontProgramTrim.AfterLastGlyph(subset, used: 0);
        var after = Tables(trimmed);
        Assert.Equal(keep, BinaryPrimitives.ReadUInt16BigEndian(after["maxp"].AsSpan(4)));
        int entry = longOffsets ? 4 : 2;
        Assert.Equal(tables["loca"].AsSpan(0, (keep + 1) * entry).ToArray(), after["loca"]);
        int metrics = Math.Min(keep, (int)BinaryPrimitives.ReadUInt16BigEndian(tables["hhea"].AsSpan(34)));
        Assert.Equal(metrics, BinaryPrimitives.ReadUInt16BigEndian(after["hhea"].AsSpan(34)));
        Assert.Equal(tables["hmtx"].AsSpan(0, 4 * metrics + 2 * (keep - metrics)).ToArray(), after["hmtx"]);
        Assert.Equal(tables["glyf"].AsSpan(0, after["glyf"].Length).ToArray(), after["glyf"]);
        Assert.Equal(tables["fpgm"], after["fpgm"]);
        Assert.Equal(0xB1B0AFBAu, FontProgramTrim.Checksum(trimmed));
        Assert.True(trimmed.Length < font.Length / 2, $"{trimmed.Length} of {font.Length} bytes");
    }

    [Fact]
    public void A_used_glyph_without_an_outline_stays_in_the_program()
    {
        // An em space has no outline and a glyph id far above the letters': trimmed after the last outline,
        // the program would not have it, and a reader would draw the missing-glyph box or nothing in its place.
        var metrics = Text.FontLibrary.Bundled.Metrics(new Text.FontFace("Noto Serif"));
        int emSpace = metrics.Glyph('\u2003');
        Assert.True(emSpace > metrics.Glyph('z') + 100, $"em space is glyph {emSpace}");
        var pdf = Render.Pdf("Alpha\u2003beta and gamma.").Bytes!;
        var serif = FontPrograms(pdf).Select(Tables).Where(t => t["glyf"].Length > 0).ToList();
        Assert.True(serif.Any(tables => BinaryPrimitives.ReadUInt16BigEndian(tables["maxp"].AsSpan(4)) == emSpace + 1),
            $"em space {emSpace}; programs end at {string.Join(", ", serif.Select(t => BinaryPrimitives.ReadUInt16BigEndian(t["maxp"].AsSpan(4))))}; text: {PdfText(pdf)}");
    }

    private static string PdfText(byte[] pdf)
    {
        using var read = new PdfReadBack(pdf);
        return string.Join(" | ", read.Document.GetPage(1).Letters.Select(l => $"{l.Value}:{(int)l.Value[0]:X4}"));
    }

    private static int LastWithOutline(Dictionary<string, byte[]> tables)
    {
        bool longOffsets = BinaryPrimitives.ReadInt16BigEndian(tables["head"].AsSpan(50)) == 1;
        long At(int g) => longOffsets ? BinaryPrimitives.ReadUInt32BigEndian(tables["loca"].AsSpan(4 * g)) : 2L * BinaryPrimitives.ReadUInt16BigEndian(tables["loca"].AsSpan(2 * g));
        int glyphs = BinaryPrimitives.ReadUInt16BigEndian(tables["maxp"].AsSpan(4)), last = 0;
        for (int g = 0; g < glyphs; g++) if (At(g + 1) > At(g)) last = g;
        return last;
    }

    private static (int Offset, int Length) Entry(byte[] font, string tag)
    {
        int count = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(4));
        for (int i = 0; i < count; i++)
            if (Encoding.Latin1.GetString(font, 12 + 16 * i, 4) == tag)
                return ((int)BinaryPrimitives.ReadUInt32BigEndian(font.AsSpan(12 + 16 * i + 8)), (int)BinaryPrimitives.ReadUInt32BigEndian(font.AsSpan(12 + 16 * i + 12)));
        throw new InvalidOperationException($"no {tag} table");
    }

    private static Dictionary<string, byte[]> Tables(byte[] font)
    {
        int count = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(4));
        var tables = new Dictionary<string, byte[]>();
        for (int i = 0; i < count; i++)
        {
            var tag = Encoding.Latin1.GetString(font, 12 + 16 * i, 4);
            var (offset, length) = Entry(font, tag);
            tables[tag] = font.AsSpan(offset, length).ToArray();
        }
        return tables;
    }

    /// <summary>A TrueType file of the given tables (checksums left zero: trimming writes its own).</summary>
    private static byte[] Font(Dictionary<string, byte[]> tables)
    {
        var tags = tables.Keys.Order(StringComparer.Ordinal).ToList();
        var header = new byte[12 + 16 * tags.Count];
        BinaryPrimitives.WriteUInt32BigEndian(header, 0x00010000);
        BinaryPrimitives.WriteUInt16BigEndian(header.AsSpan(4), (ushort)tags.Count);
        var body = new List<byte>();
        for (int i = 0; i < tags.Count; i++)
        {
            Encoding.Latin1.GetBytes(tags[i]).CopyTo(header, 12 + 16 * i);
            BinaryPrimitives.WriteUInt32BigEndian(header.AsSpan(12 + 16 * i + 8), (uint)(header.Length + body.Count));
            BinaryPrimitives.WriteUInt32BigEndian(header.AsSpan(12 + 16 * i + 12), (uint)tables[tags[i]].Length);
            body.AddRange(tables[tags[i]]);
            while (body.Count % 4 != 0) body.Add(0);
        }
        return [.. header, .. body];
    }

    private static byte[] BundledFont(string name)
    {
        using var stream = typeof(Typesetter).Assembly.GetManifestResourceStream($"Fonts.{name}.ttf")!;
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return bytes;
    }

    /// <summary>Every TrueType program in the file (streams with a /Length1), inflated.</summary>
    private static IEnumerable<byte[]> FontPrograms(byte[] pdf)
    {
        var text = Encoding.Latin1.GetString(pdf);
        foreach (Match m in Regex.Matches(text, @"<<([^<>]*/Length1 \d+[^<>]*)>>\nstream\n"))
        {
            int length = int.Parse(Regex.Match(m.Groups[1].Value, @"/Length (\d+)").Groups[1].Value);
            using var zlib = new ZLibStream(new MemoryStream(pdf, m.Index + m.Length, length), CompressionMode.Decompress);
            using var program = new MemoryStream();
            zlib.CopyTo(program);
            yield return program.ToArray();
        }
    }
}
