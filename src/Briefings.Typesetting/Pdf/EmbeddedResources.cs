using Briefings.Typesetting.Layout;
using Briefings.Typesetting.Text;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;

namespace Briefings.Typesetting.Pdf;

/// <summary>
/// The fonts and images of a document, embedded by PDFsharp: font subsets with their widths and Unicode
/// maps, images with their encodings. PDFsharp embeds what is drawn through it, so each face draws every
/// character the plan uses once, and each image once, on a scratch page that is then removed (nothing
/// reaches it, so it is not written). Pages then name these objects in their resources and draw them
/// from their own content streams.
/// </summary>
internal sealed class EmbeddedResources
{
    private static readonly XPdfFontOptions Unicode = new(PdfFontEncoding.Unicode);

    private readonly Dictionary<FontFace, PdfFont> _fonts = new();
    private readonly List<PdfFont> _fontsInOrder = [];
    private readonly Dictionary<byte[], PdfImage> _images = new(ReferenceEqualityComparer.Instance);

    public PdfFont Font(FontFace face) => _fonts[face];

    public PdfImage Image(byte[] bytes) => _images[bytes];

    /// <summary>Each font object once, in the order they were made (the order their subset names follow).</summary>
    public IReadOnlyList<PdfFont> Fonts => _fontsInOrder;

    public static EmbeddedResources For(PdfDocument document, PagePlan plan)
    {
        // Collected unordered (a lookup per mark), then ordered once, ordinally: the order fonts are made in
        // must not depend on the machine's culture.
        var characters = new Dictionary<FontFace, CharacterSet>();
        var images = new List<byte[]>();
        // Plain loops: this visits every word of the document, and iterators a box were a visible share of it.
        foreach (var page in plan.Pages)
        {
            Visit(page.Body);
            Visit(page.Furniture);
        }

        void Visit(IReadOnlyList<PlacedBox> boxes)
        {
            for (int b = 0; b < boxes.Count; b++)
            {
                var inks = boxes[b].Box.Inks;
                for (int i = 0; i < inks.Count; i++)
                {
                    if (inks[i] is WordsInk words)
                    {
                        var set = SetFor(words.Face); // a line's words share a face: looked up once
                        foreach (var word in words.Words) set.Add(word.Text);
                    }
                    else if (inks[i] is TextInk text) SetFor(text.Face).Add(text.Text);
                    else if (inks[i] is ImageInk image && !images.Contains(image.Image, ReferenceEqualityComparer.Instance)) images.Add(image.Image);
                }
            }
        }

        CharacterSet SetFor(FontFace face) => characters.TryGetValue(face, out var set) ? set : characters[face] = new CharacterSet();

        // One scratch page per font or image, so its resources name exactly that object (faces that share
        // a file, like mono italic and mono, share one font object).
        var resources = new EmbeddedResources();
        foreach (var (face, set) in characters.OrderBy(c => c.Key.Family, StringComparer.Ordinal).ThenBy(c => c.Key.Bold).ThenBy(c => c.Key.Italic))
        {
            var style = (face.Bold ? XFontStyleEx.Bold : 0) | (face.Italic ? XFontStyleEx.Italic : 0);
            var font = (PdfFont)Drawn(document, "/Font",
                gfx => gfx.DrawString(set.InOrder(), new XFont(face.Family, 10, style, Unicode), XBrushes.Black, 0, 10));
            resources._fonts[face] = font;
            if (!resources._fontsInOrder.Contains(font)) resources._fontsInOrder.Add(font);
        }
        foreach (var bytes in images)
            resources._images[bytes] = (PdfImage)Drawn(document, "/XObject", gfx => gfx.DrawImage(XImage.FromStream(new MemoryStream(bytes)), 0, 0, 1, 1));
        return resources;
    }

    private static PdfObject Drawn(PdfDocument document, string kind, Action<XGraphics> draw)
    {
        var scratch = document.AddPage();
        using (var gfx = XGraphics.FromPdfPage(scratch)) draw(gfx);
        document.Pages.Remove(scratch);
        var entry = scratch.Resources.Elements.GetDictionary(kind)!.Elements.Values.Single();
        return entry is PdfReference reference ? reference.Value : (PdfObject)entry!;
    }

    /// <summary>
    /// The characters a face prints, one bit each: every character of every word passes through here,
    /// and setting a bit costs less than hashing the character (or the word) into a set.
    /// </summary>
    private sealed class CharacterSet
    {
        private readonly ulong[] _bits = new ulong[(char.MaxValue + 1) / 64];

        public void Add(string text)
        {
            foreach (var c in text) _bits[c >> 6] |= 1UL << c;
        }

        /// <summary>The characters in code order.</summary>
        public string InOrder()
        {
            var text = new System.Text.StringBuilder();
            for (int word = 0; word < _bits.Length; word++)
                for (ulong rest = _bits[word]; rest != 0; rest &= rest - 1)
                    text.Append((char)(word * 64 + System.Numerics.BitOperations.TrailingZeroCount(rest)));
            return text.ToString();
        }
    }
}
