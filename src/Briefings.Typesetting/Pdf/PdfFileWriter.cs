using System.Globalization;
using System.IO.Compression;
using System.Runtime.CompilerServices;
using System.Text;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;

namespace Briefings.Typesetting.Pdf;

/// <summary>
/// Writes a document as a file: PDFsharp's objects (catalog, information, fonts, images) and our own
/// (<see cref="OwnObject"/>: pages, links, bookmarks, structure tree). PDFsharp prepares its part (font
/// subsets with their widths and Unicode maps); we write the objects, because its Save() also compresses streams without
/// zlib's closing checksum, makes an XMP packet with random ids and no PDF/UA or PDF/A identification,
/// and formats dates with the machine's calendar and time zone. Here every stream is deflated by .NET's
/// zlib (metadata stays readable), our XMP is the document's metadata, only objects reachable from the
/// catalog and the Info dictionary are written, numbered in the order they are reached, and every
/// number and date is written invariantly. Same document, same bytes.
/// </summary>
internal static class PdfFileWriter
{
    // PDFsharp's own preparation, which Save() runs first: it is internal, and nothing public runs it alone.
    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "PrepareForSave")]
    private static extern void PrepareForSave(PdfDocument document);

    /// <summary>
    /// Level 2 of .NET's zlib (zlib-ng's fast strategy). Deflating is the largest single cost of a render;
    /// on the ten-page benchmark document level 2 renders in 4.3 ms where level 4 takes 5.1 ms and the
    /// default level 6 more, for files 1.5–2.5% larger than at level 4.
    /// </summary>
    private static readonly ZLibCompressionOptions Level = new() { CompressionLevel = 2 };

    /// <summary>
    /// A complete zlib stream (checksum included). The painter compresses each page's content as soon as
    /// the page is done, so that a long document never holds every page's operators uncompressed at once.
    /// </summary>
    public static byte[] Deflate(ReadOnlySpan<byte> data)
    {
        using var packed = new MemoryStream(data.Length / 3 + 64);
        using (var zlib = new ZLibStream(packed, Level, leaveOpen: true)) zlib.Write(data);
        return packed.ToArray();
    }

    /// <param name="own">Objects written here instead of PDFsharp's: each key is a placeholder PDFsharp holds in its tree.</param>
    public static byte[] Write(PdfDocument document, byte[] xmp, string id, IReadOnlyDictionary<PdfObject, OwnObject> own)
    {
        PrepareForSave(document);
        var metadata = new PdfDictionary(document);
        document.Internals.AddObject(metadata);
        metadata.Elements.SetName("/Type", "/Metadata");
        metadata.Elements.SetName("/Subtype", "/XML");
        metadata.CreateStream(xmp);
        document.Internals.Catalog.Elements.SetReference("/Metadata", metadata);

        var writer = new Writer(document, own);
        return writer.Write(document.Internals.Catalog, document.Info, id);
    }

    private sealed class Writer : IPdfSyntax
    {
        private readonly PdfDocument _document;
        private readonly IReadOnlyDictionary<PdfObject, OwnObject> _own;
        private readonly Action<object> _number;
        private readonly FileBuffer _out = new();
        // PDFsharp's objects and our own, by identity.
        private readonly Dictionary<object, int> _numbers = new(ReferenceEqualityComparer.Instance);
        private readonly List<object> _order = [];
        // Names repeat thousands of times (/Type, /StructElem, /K …): each is escaped once.
        private readonly Dictionary<string, byte[]> _names = new(StringComparer.Ordinal);

        public Writer(PdfDocument document, IReadOnlyDictionary<PdfObject, OwnObject> own)
        {
            (_document, _own) = (document, own);
            _number = Number;
        }

        public byte[] Write(PdfObject catalog, PdfObject info, string id)
        {
            Number(catalog);
            Number(info);
            // Reached breadth first from the catalog: the order depends on the document alone.
            for (int i = 0; i < _order.Count; i++) Reach(_order[i]);
            foreach (var obj in _order) if (obj is PdfDictionary font) NoteGlyphsUsed(font);
            int version = _document.Version;
            Raw($"%PDF-{version / 10}.{version % 10}\n");
            _out.Write([(byte)'%', 0xE2, 0xE3, 0xCF, 0xD3, (byte)'\n']); // binary marker: the file is not text
            var offsets = new long[_order.Count];
            for (int i = 0; i < _order.Count; i++)
            {
                offsets[i] = _out.Position;
                Integer(i + 1);
                Raw(" 0 obj\n");
                WriteObject(_order[i]);
                Raw("\nendobj\n");
            }
            long xref = _out.Position;
            Raw($"xref\n0 {_order.Count + 1}\n0000000000 65535 f \n");
            Span<byte> entry = stackalloc byte[20];
            " 00000 n \n"u8.CopyTo(entry[10..]);
            foreach (var offset in offsets)
            {
                offset.TryFormat(entry[..10], out _, "D10", CultureInfo.InvariantCulture);
                _out.Write(entry);
            }
            Raw($"trailer\n<</Size {_order.Count + 1}/Root {_numbers[catalog]} 0 R/Info {_numbers[info]} 0 R/ID[<{id}><{id}>]>>\nstartxref\n{xref}\n%%EOF\n");
            var file = _out.ToArray();
            _out.Dispose(); // the pieces go back to the pool for the next document
            return file;
        }

        private void Number(object obj)
        {
            if (obj is PdfObject placeholder && _own.TryGetValue(placeholder, out var own)) obj = own;
            if (_numbers.ContainsKey(obj)) return;
            _numbers[obj] = _order.Count + 1;
            _order.Add(obj);
        }

        /// <summary>Numbers every indirect object this one refers to, directly or through nested direct values.</summary>
        private void Reach(object? item)
        {
            switch (item)
            {
                case OwnObject own: own.Reach(_number); break;
                case PdfReference reference: Number(reference.Value); break;
                case PdfDictionary dictionary:
                    foreach (var value in dictionary.Elements.Values) Visit(value);
                    break;
                case PdfArray array:
                    foreach (var value in array.Elements) Visit(value);
                    break;
            }

            void Visit(PdfItem? value)
            {
                if (value is PdfObject { Reference: not null } indirect) Number(indirect);
                else Reach(value);
            }
        }

        private void WriteObject(object obj)
        {
            if (obj is OwnObject own) own.Write(this);
            else if (obj is PdfDictionary { Stream: { } stream } dictionary) WriteStream(dictionary, stream.Value);
            else WriteItem((PdfItem)obj, topLevel: true);
        }

        // For each TrueType program, how many glyph slots its text uses (the highest glyph id plus one).
        private readonly Dictionary<PdfDictionary, int> _glyphsUsed = new(ReferenceEqualityComparer.Instance);

        /// <summary>
        /// A CID font's widths (/W: a first glyph id and an array of widths, or a first id, a last id and one
        /// width) name every glyph its text uses, those without an outline (spaces) too: its program must keep
        /// them all. PDFsharp leaves /W as literal text, so it is read here.
        /// </summary>
        private void NoteGlyphsUsed(PdfDictionary font)
        {
            if (font.Elements.GetName("/Subtype") != "/CIDFontType2" || font.Elements["/W"] is not { } widths) return;
            if (font.Elements.GetDictionary("/FontDescriptor")?.Elements.GetDictionary("/FontFile2") is not { } program) return;
            // The array's top-level items: numbers as themselves, inner arrays as how many widths they hold (negated).
            var items = new List<long>();
            int depth = 0;
            long number = -1, inner = 0;
            foreach (var c in widths is PdfLiteral literal ? literal.Value : widths.ToString()!)
            {
                if (char.IsAsciiDigit(c)) { number = (number < 0 ? 0 : number * 10) + (c - '0'); continue; }
                if (number >= 0) { if (depth == 1) items.Add(number); else inner++; number = -1; }
                if (c == '[' && ++depth == 2) inner = 0;
                else if (c == ']' && depth-- == 2) items.Add(-inner);
            }
            long highest = 0;
            for (int i = 0; i + 1 < items.Count; i += 2)
            {
                if (items[i + 1] <= 0) highest = Math.Max(highest, items[i] - items[i + 1] - 1); // first [w …]
                else if (i + 2 < items.Count) { highest = Math.Max(highest, items[i + 1]); i++; } // first last w
            }
            _glyphsUsed[program] = (int)Math.Min(highest + 1, ushort.MaxValue);
        }

        private void WriteStream(PdfDictionary dictionary, byte[] data)
        {
            bool metadata = dictionary.Elements.GetName("/Type") == "/Metadata";
            var filter = dictionary.Elements.GetName("/Filter");
            bool addFilter = filter.Length == 0 && !metadata;
            // A TrueType program (its length before compression is /Length1) ends after its last glyph, when
            // its font says which glyphs the text uses; otherwise it stays whole.
            bool fontProgram = dictionary.Elements.ContainsKey("/Length1");
            if (fontProgram && _glyphsUsed.TryGetValue(dictionary, out int used)) data = FontProgramTrim.AfterLastGlyph(data, used);
            int length1 = data.Length;
            if (addFilter) data = Deflate(data);
            // PDFsharp deflates images itself, without zlib's checksum: inflate and deflate them again.
            else if (filter == "/FlateDecode" && dictionary.Elements.GetName("/Subtype") == "/Image" && !dictionary.Elements.ContainsKey("/DecodeParms"))
                data = Deflate(Inflate(data));
            Raw("<<");
            foreach (var (key, value) in dictionary.Elements)
            {
                if (key == "/Length" || value is null) continue;
                Name(key);
                if (fontProgram && key == "/Length1") { Raw(" "); Integer(length1); }
                else WriteItem(value, topLevel: false);
            }
            if (addFilter) Raw("/Filter/FlateDecode");
            Raw($"/Length {data.Length}>>\nstream\n");
            _out.Write(data);
            Raw("\nendstream");
        }

        private void WriteItem(PdfItem item, bool topLevel)
        {
            if (!topLevel && item is PdfObject { Reference: not null } indirect) { Reference(indirect); return; }
            switch (item)
            {
                case PdfReference reference: Reference(reference.Value); break;
                case PdfDictionary dictionary:
                    Raw("<<");
                    foreach (var (key, value) in dictionary.Elements)
                    {
                        if (value is null) continue;
                        Name(key);
                        WriteItem(value, false);
                    }
                    Raw(">>");
                    break;
                case PdfArray array:
                    Raw("[");
                    foreach (var value in array.Elements) WriteItem(value, false);
                    Raw("]");
                    break;
                case PdfName name: Name(name.Value); break;
                case PdfNameObject name: Name(name.Value); break;
                case PdfString text: String(text.Value, text.HexLiteral || text.Encoding == PdfStringEncoding.RawEncoding && !IsPrintable(text.Value)); break;
                case PdfStringObject text: String(text.Value, false); break;
                case PdfDate date: String(date.Value.ToUniversalTime().ToString("'D:'yyyyMMddHHmmss'Z'", CultureInfo.InvariantCulture), false); break;
                case PdfInteger n: Raw(" "); Integer(n.Value); break;
                case PdfIntegerObject n: Raw(" "); Integer(n.Value); break;
                case PdfLongInteger n: Raw(" "); Integer(n.Value); break;
                case PdfReal n: Raw(" " + Number(n.Value)); break;
                case PdfRealObject n: Raw(" " + Number(n.Value)); break;
                case PdfBoolean b: Raw(b.Value ? " true" : " false"); break;
                case PdfBooleanObject b: Raw(b.Value ? " true" : " false"); break;
                case PdfNull or PdfNullObject: Raw(" null"); break;
                case PdfRectangle r: Raw($"[{Number(r.X1)} {Number(r.Y1)} {Number(r.X2)} {Number(r.Y2)}]"); break;
                case PdfLiteral literal: Raw(" " + literal.Value); break;
                default: throw new InvalidOperationException($"no PDF form for a {item.GetType().Name}");
            }
        }

        private static string Number(double value) => value.ToString("0.######", CultureInfo.InvariantCulture);

        private static bool IsPrintable(string text) => !text.AsSpan().ContainsAnyExceptInRange(' ', '~');

        /// <summary>Names escape every byte outside printable ASCII, and the delimiters, as #xx.</summary>
        public void Name(string name)
        {
            if (!_names.TryGetValue(name, out var bytes))
            {
                var text = new StringBuilder("/");
                foreach (var b in Encoding.UTF8.GetBytes(name.StartsWith('/') ? name[1..] : name))
                    text.Append(b is > 0x20 and < 0x7F && "#()<>[]{}/%".IndexOf((char)b) < 0 ? ((char)b).ToString() : $"#{b:X2}");
                _names[name] = bytes = Encoding.Latin1.GetBytes(text.ToString());
            }
            _out.Write(bytes);
        }

        public void Reference(object target)
        {
            if (target is PdfObject placeholder && _own.TryGetValue(placeholder, out var own)) target = own;
            Raw(" ");
            Integer(_numbers[target]);
            Raw(" 0 R");
        }

        /// <summary>A text string as PDFsharp's SetString stores it (raw encoding), so our objects read like its own.</summary>
        public void Text(string value) => String(value, !IsPrintable(value));

        public void Rectangle(PdfRectangle r) => WriteItem(r, topLevel: false);

        public void Destination(object page, double top)
        {
            Raw("[");
            Reference(page);
            Raw("/XYZ 0 " + Number(top) + " null]");
        }

        public void Stream(string keys, byte[] data)
        {
            Raw("<<" + keys + "/Length ");
            Integer(data.Length);
            Raw(">>\nstream\n");
            _out.Write(data);
            Raw("\nendstream");
        }

        public void Integer(long value)
        {
            Span<byte> digits = stackalloc byte[20];
            value.TryFormat(digits, out int length, default, CultureInfo.InvariantCulture);
            _out.Write(digits[..length]);
        }

        /// <summary>
        /// ASCII text as a literal; anything else as UTF-16BE with its byte-order mark (a text string any
        /// reader decodes); byte strings as hex.
        /// </summary>
        private void String(string value, bool bytes)
        {
            if (bytes && value.All(c => c <= 0xFF)) { Raw("<" + Convert.ToHexString(value.Select(c => (byte)c).ToArray()) + ">"); return; }
            if (IsPrintable(value))
            {
                Raw("(" + value.Replace("\\", "\\\\").Replace("(", "\\(").Replace(")", "\\)") + ")");
                return;
            }
            Raw("<FEFF" + Convert.ToHexString(Encoding.BigEndianUnicode.GetBytes(value)) + ">");
        }

        public void Raw(string text)
        {
            if (text.Length > 256) { _out.Write(Encoding.Latin1.GetBytes(text)); return; }
            Span<byte> bytes = stackalloc byte[text.Length];
            Encoding.Latin1.GetBytes(text, bytes);
            _out.Write(bytes);
        }


        private static byte[] Inflate(byte[] data)
        {
            using var zlib = new ZLibStream(new MemoryStream(data), CompressionMode.Decompress);
            using var inflated = new MemoryStream();
            zlib.CopyTo(inflated);
            return inflated.ToArray();
        }
    }
}

/// <summary>
/// An indirect object written here rather than built in PDFsharp's object model. A long document has
/// thousands of pages, links and structure elements (one for every paragraph, line part, link and cell),
/// and as PDFsharp dictionaries they cost more to build, prepare and walk than the whole rest of the file.
/// </summary>
internal abstract class OwnObject
{
    /// <summary>Every indirect object (PDFsharp's or ours) it refers to, in the order it writes them: this fixes their numbers.</summary>
    public abstract void Reach(Action<object> number);

    public abstract void Write(IPdfSyntax pdf);
}

/// <summary>What an <see cref="OwnObject"/> writes with: the same forms the writer gives PDFsharp's objects.</summary>
internal interface IPdfSyntax
{
    void Raw(string text);
    void Name(string name);
    void Integer(long value);
    void Reference(object target);
    void Text(string value);
    void Rectangle(PdfRectangle rectangle);
    /// <summary>[page /XYZ 0 top null]: a place on a page at the top of the window, the zoom left as it is.</summary>
    void Destination(object page, double top);
    /// <summary>A stream object's dictionary (the keys given, and its length) and its bytes.</summary>
    void Stream(string keys, byte[] data);
}
