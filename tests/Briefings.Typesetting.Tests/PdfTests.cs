using Xunit.Abstractions;

namespace Briefings.Typesetting.Tests;

public class PdfTests
{
    private static readonly Lazy<byte[]> Sample = new(() =>
    {
        var path = Path.Combine(Render.SampleDirectory, "engine-sample.md");
        var result = Render.Pdf(File.ReadAllText(path), Render.SampleDirectory);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result.Bytes!;
    });

    [Fact]
    public void Two_renders_are_byte_identical()
    {
        var path = Path.Combine(Render.SampleDirectory, "engine-sample.md");
        var again = Render.Pdf(File.ReadAllText(path), Render.SampleDirectory).Bytes!;
        int first = Enumerable.Range(0, Math.Min(again.Length, Sample.Value.Length)).FirstOrDefault(i => again[i] != Sample.Value[i], -1);
        string Around(byte[] b) => first < 0 ? "" : System.Text.Encoding.Latin1.GetString(b, Math.Max(0, first - 120), Math.Min(160, b.Length - Math.Max(0, first - 120)));
        Assert.True(first < 0 && again.Length == Sample.Value.Length, $"differs at {first}:\n{Around(Sample.Value)}\n---\n{Around(again)}");
    }

    [Fact]
    public void Every_stream_but_the_metadata_is_compressed_with_a_complete_zlib_stream()
    {
        using var pdf = new PdfReadBack(Sample.Value);
        int streams = 0;
        foreach (var token in pdf.Document.Structure.CrossReferenceTable.ObjectOffsets.Keys.Select(k => pdf.Document.Structure.GetObject(k).Data))
        {
            if (token is not UglyToad.PdfPig.Tokens.StreamToken stream) continue;
            streams++;
            var dictionary = stream.StreamDictionary.Data;
            bool metadata = dictionary.TryGetValue("Type", out var type) && type is UglyToad.PdfPig.Tokens.NameToken { Data: "Metadata" };
            if (metadata) { Assert.False(dictionary.ContainsKey("Filter")); continue; }
            var filter = (UglyToad.PdfPig.Tokens.NameToken)dictionary["Filter"];
            if (filter.Data == "DCTDecode") continue;
            Assert.Equal("FlateDecode", filter.Data);
            var data = stream.Data.ToArray();
            // zlib's last four bytes are the Adler-32 of the inflated data; PDFsharp's deflater leaves them out.
            using var inflated = new MemoryStream();
            using (var zlib = new System.IO.Compression.DeflateStream(new MemoryStream(data, 2, data.Length - 6), System.IO.Compression.CompressionMode.Decompress)) zlib.CopyTo(inflated);
            Assert.Equal(Adler32(inflated.ToArray()), System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(data.AsSpan(data.Length - 4)));
        }
        Assert.True(streams > 5);
    }

    private static uint Adler32(byte[] data)
    {
        uint a = 1, b = 0;
        foreach (var x in data) { a = (a + x) % 65521; b = (b + a) % 65521; }
        return b << 16 | a;
    }

    [SkippableFact]
    public void Text_extracts_in_reading_order()
    {
        PdfTools.Require("pdftotext");
        var file = PdfTools.WriteTemp(Sample.Value);
        var (_, text) = PdfTools.Run("pdftotext", "-layout", file, "-");
        string[] order = ["Typesetting sample", "Contents", "Bottom line up front".ToUpperInvariant(), "Text and paragraphs", "Lists", "Tables", "Charts", "After an explicit page break"];
        int at = -1;
        foreach (var s in order)
        {
            int next = text.IndexOf(s, at + 1, StringComparison.Ordinal);
            Assert.True(next > at, $"'{s}' missing or out of order");
            at = next;
        }
        Assert.Contains("Αθήνα", text);
        Assert.Contains("Москва", text);
        Assert.Contains("€", text);
        Assert.Contains("“rivers”", text);
    }

    [SkippableFact]
    public void Fonts_are_embedded_subset_with_unicode_maps()
    {
        PdfTools.Require("pdffonts");
        var (_, fonts) = PdfTools.Run("pdffonts", PdfTools.WriteTemp(Sample.Value));
        var rows = fonts.Split('\n').Skip(2).Where(l => l.Trim().Length > 0).ToList();
        Assert.NotEmpty(rows);
        Assert.All(rows, row => Assert.Matches(@"yes\s+yes\s+yes", row));
    }

    [SkippableFact]
    public void Qpdf_finds_no_problems()
    {
        PdfTools.Require("qpdf");
        var (exit, report) = PdfTools.Run("qpdf", "--check", PdfTools.WriteTemp(Sample.Value));
        Assert.Equal(0, exit);
        Assert.Contains("No syntax or stream encoding errors", report);
        Assert.DoesNotContain("WARNING", report);
    }

    [SkippableFact]
    public void Every_stream_decodes_cleanly()
    {
        // Decoding every stream (fonts and images too) is stricter than --check.
        PdfTools.Require("qpdf");
        var file = PdfTools.WriteTemp(Sample.Value);
        var (exit, report) = PdfTools.Run("qpdf", "--qdf", "--object-streams=disable", file, file + ".qdf");
        Assert.True(exit == 0, report);
        Assert.DoesNotContain("WARNING", report);
    }

    [SkippableFact]
    public void Tagged_with_metadata_and_an_outline()
    {
        PdfTools.Require("pdfinfo"); PdfTools.Require("qpdf");
        var file = PdfTools.WriteTemp(Sample.Value);
        var (_, info) = PdfTools.Run("pdfinfo", file);
        Assert.Contains("Tagged:          yes", info);
        Assert.Contains("Title:           Typesetting sample: what the engine prints", info);
        Assert.Contains("Author:          Briefings maintainers", info);
        Assert.Contains("Keywords:        typesetting, sample, test", info);
        var (_, outline) = PdfTools.Run("qpdf", "--json", "--json-key=outlines", file);
        Assert.Contains("\"title\": \"Text and paragraphs\"", outline);
        Assert.Contains("\"title\": \"Tables\"", outline);
    }
}

public class StructureTextTests
{
    [SkippableFact]
    public void The_structure_tree_keeps_word_boundaries_of_justified_text()
    {
        PdfTools.Require("pdfinfo");
        var pdf = Render.Pdf("---\ntitle: T\n---\n\n" + Render.Paragraph(12)).Bytes!;
        var (_, tree) = PdfTools.Run("pdfinfo", "-struct-text", PdfTools.WriteTemp(pdf));
        Assert.Contains("P (block)", tree);
        var paragraph = tree[tree.IndexOf("P (block)", StringComparison.Ordinal)..];
        Assert.True(paragraph.Count(c => c == ' ') > 100, paragraph[..Math.Min(200, paragraph.Length)]);
    }
}

public class LinkStructureTests
{
    [SkippableFact]
    public void Each_link_element_owns_its_annotation()
    {
        PdfTools.Require("pdfinfo");
        var pdf = Render.Pdf("---\ntitle: T\n---\n\nSee [the site](https://example.org) and [below](#end).\n\n# End {#end}\n\nDone.\n").Bytes!;
        var (_, tree) = PdfTools.Run("pdfinfo", "-struct", PdfTools.WriteTemp(pdf));
        var links = tree.Split('\n').Select((line, i) => (line, i)).Where(l => l.line.Trim() == "Link (inline)").ToList();
        Assert.Equal(2, links.Count);
        var lines = tree.Split('\n');
        Assert.All(links, l => Assert.StartsWith("Object ", lines[l.i + 1].Trim()));
    }
}
