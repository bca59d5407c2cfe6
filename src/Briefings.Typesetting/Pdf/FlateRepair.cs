using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace Briefings.Typesetting.Pdf;

/// <summary>
/// The one pass over a saved file, for what PDFsharp 6.2.4 makes only inside Save(), after any hook:
/// its deflater never writes zlib's final checksum (strict readers warn on every stream), and its
/// font subsets and images are compressed there; and it writes a fresh XMP packet there, with random
/// ids and no PDF/UA or PDF/A identification. The painter therefore saves with compression off; this
/// pass deflates the uncompressed streams (fonts, Unicode maps) with .NET's zlib, re-deflates the
/// images, puts our XMP packet in place of PDFsharp's, and rewrites the cross-reference table for the
/// new offsets. It walks the objects through the xref PDFsharp writes (one classic section, direct /Length values).
/// </summary>
internal static partial class FlateRepair
{
    public static byte[] Apply(byte[] pdf, byte[] metadata)
    {
        var text = Encoding.Latin1.GetString(pdf);
        int startXref = text.LastIndexOf("startxref", StringComparison.Ordinal);
        if (startXref < 0) return pdf;
        int xref = int.Parse(text.AsSpan(startXref + 9).Trim()[..Digits(text, startXref + 9)], CultureInfo.InvariantCulture);
        var header = XrefHeader().Match(text, xref);
        if (!header.Success || header.Index != xref) return pdf;
        int count = int.Parse(header.Groups[1].Value, CultureInfo.InvariantCulture);
        int entries = header.Index + header.Length;
        int trailer = text.IndexOf("trailer", entries, StringComparison.Ordinal);
        if (trailer < 0) return pdf;

        var offsets = new long[count];
        var inUse = new bool[count];
        for (int i = 0; i < count; i++)
        {
            var line = text.AsSpan(entries + 20 * i, 20);
            offsets[i] = long.Parse(line[..10], CultureInfo.InvariantCulture);
            inUse[i] = line[17] == 'n';
        }
        var order = Enumerable.Range(0, count).Where(i => inUse[i]).OrderBy(i => offsets[i]).ToList();
        if (order.Count == 0) return pdf;

        using var output = new MemoryStream(pdf.Length);
        output.Write(pdf, 0, (int)offsets[order[0]]);
        var moved = new long[count];
        for (int k = 0; k < order.Count; k++)
        {
            int start = (int)offsets[order[k]];
            int end = k + 1 < order.Count ? (int)offsets[order[k + 1]] : xref;
            moved[order[k]] = output.Position;
            output.Write(Repair(pdf, text, start, end, metadata));
        }

        long newXref = output.Position;
        var table = new StringBuilder(20 * count + 32);
        table.Append(CultureInfo.InvariantCulture, $"xref\n0 {count}\n");
        for (int i = 0; i < count; i++)
            table.Append(inUse[i]
                ? string.Create(CultureInfo.InvariantCulture, $"{moved[i]:0000000000} {text.Substring(entries + 20 * i + 11, 5)} n \n")
                : text.Substring(entries + 20 * i, 20));
        output.Write(Encoding.Latin1.GetBytes(table.ToString()));
        output.Write(pdf, trailer, startXref - trailer);
        output.Write(Encoding.Latin1.GetBytes(string.Create(CultureInfo.InvariantCulture, $"startxref\n{newXref}\n%%EOF\n")));
        return output.ToArray();
    }

    /// <summary>One object: unchanged unless it is a plain Flate stream whose data re-deflates cleanly.</summary>
    private static ReadOnlySpan<byte> Repair(byte[] pdf, string text, int start, int end, byte[] metadata)
    {
        var whole = pdf.AsSpan(start, end - start);
        int keyword = text.IndexOf(">>\nstream\n", start, end - start, StringComparison.Ordinal);
        if (keyword < 0) return whole;
        var dictionary = text[start..keyword];
        if (dictionary.Contains("/Type/Metadata", StringComparison.Ordinal)) return Replace(pdf, dictionary, keyword, end, metadata);
        bool plain = !dictionary.Contains("/Filter", StringComparison.Ordinal) && !dictionary.Contains("/Type/Metadata", StringComparison.Ordinal);
        bool pdfSharpImage = dictionary.Contains("/Subtype/Image", StringComparison.Ordinal)
            && dictionary.Contains("/Filter/FlateDecode", StringComparison.Ordinal) && !dictionary.Contains("/DecodeParms", StringComparison.Ordinal);
        if (!plain && !pdfSharpImage) return whole;
        var length = LengthKey().Match(dictionary);
        if (!length.Success) return whole;
        int dataStart = keyword + ">>\nstream\n".Length;
        int dataLength = int.Parse(length.Groups[1].Value, CultureInfo.InvariantCulture);
        if (dataStart + dataLength > end) return whole;

        byte[] raw;
        if (plain) raw = pdf.AsSpan(dataStart, dataLength).ToArray();
        else
        {
            try
            {
                using var inflate = new ZLibStream(new MemoryStream(pdf, dataStart, dataLength), CompressionMode.Decompress);
                using var inflated = new MemoryStream();
                inflate.CopyTo(inflated);
                raw = inflated.ToArray();
            }
            catch (InvalidDataException)
            {
                return whole; // not something we can read back with certainty: leave it as it was
            }
        }
        using var packed = new MemoryStream();
        using (var deflate = new ZLibStream(packed, CompressionLevel.Optimal, leaveOpen: true)) deflate.Write(raw);

        var newDictionary = dictionary[..length.Index] + string.Create(CultureInfo.InvariantCulture, $"/Length {packed.Length}")
            + (plain ? "/Filter/FlateDecode" : "") + dictionary[(length.Index + length.Length)..];
        using var rebuilt = new MemoryStream();
        rebuilt.Write(Encoding.Latin1.GetBytes(newDictionary + ">>\nstream\n"));
        packed.Position = 0;
        packed.CopyTo(rebuilt);
        rebuilt.Write(pdf, dataStart + dataLength, end - dataStart - dataLength);
        return rebuilt.ToArray();
    }

    /// <summary>The object with its stream data replaced (uncompressed, as PDF/A wants metadata readable).</summary>
    private static byte[] Replace(byte[] pdf, string dictionary, int keyword, int end, byte[] data)
    {
        var length = LengthKey().Match(dictionary);
        int dataEnd = keyword + ">>\nstream\n".Length + int.Parse(length.Groups[1].Value, CultureInfo.InvariantCulture);
        using var rebuilt = new MemoryStream();
        rebuilt.Write(Encoding.Latin1.GetBytes(dictionary[..length.Index] + string.Create(CultureInfo.InvariantCulture, $"/Length {data.Length}")
            + dictionary[(length.Index + length.Length)..] + ">>\nstream\n"));
        rebuilt.Write(data);
        rebuilt.Write(pdf, dataEnd, end - dataEnd);
        return rebuilt.ToArray();
    }

    private static int Digits(string text, int at)
    {
        var rest = text.AsSpan(at).Trim();
        int n = 0;
        while (n < rest.Length && char.IsAsciiDigit(rest[n])) n++;
        return n;
    }

    [GeneratedRegex(@"xref\n0 (\d+)\n")]
    private static partial Regex XrefHeader();

    // "/Length 123" but not "/Length1 123".
    [GeneratedRegex(@"/Length (\d+)")]
    private static partial Regex LengthKey();
}
