using Briefings.Typesetting.Text;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;

namespace Briefings.Typesetting.Pdf;

/// <summary>
/// The fonts and images of a document, embedded by PDFsharp: font subsets with their widths and Unicode
/// maps, images with their encodings. Painting notes each face's characters and each image as it draws
/// them; once every page is painted, each face draws all its characters once, and each image is drawn
/// once, on a scratch page that is then removed (nothing reaches it, so it is not written). PDFsharp
/// embeds what is drawn through it; pages name these objects and draw them from their own content.
/// </summary>
internal sealed class EmbeddedResources
{
    private static readonly XPdfFontOptions Unicode = new(PdfFontEncoding.Unicode);

    private readonly Dictionary<FontFace, CharacterSet> _characters = new();
    private readonly List<byte[]> _imagesUsed = [];
    private readonly Dictionary<FontFace, PdfFont> _fonts = new();
    private readonly List<PdfFont> _fontsInOrder = [];
    private readonly Dictionary<byte[], PdfImage> _images = new(ReferenceEqualityComparer.Instance);

    /// <summary>The characters a face prints, for painting to add to.</summary>
    public CharacterSet Characters(FontFace face) => _characters.TryGetValue(face, out var set) ? set : _characters[face] = new CharacterSet();

    /// <summary>Notes an image a page draws (its bytes are its identity).</summary>
    public void Use(byte[] image)
    {
        if (!_imagesUsed.Contains(image, ReferenceEqualityComparer.Instance)) _imagesUsed.Add(image);
    }

    /// <summary>
    /// Makes the font and image objects, once painting has noted everything. Fonts are made in an ordinal
    /// order of their faces (their subset names follow it): never the machine's culture.
    /// </summary>
    public void Embed(PdfDocument document)
    {
        // One scratch page per font or image, so its resources name exactly that object (faces that share
        // a file, like mono italic and mono, share one font object).
        foreach (var (face, set) in _characters.OrderBy(c => c.Key.Family, StringComparer.Ordinal).ThenBy(c => c.Key.Bold).ThenBy(c => c.Key.Italic))
        {
            var style = (face.Bold ? XFontStyleEx.Bold : 0) | (face.Italic ? XFontStyleEx.Italic : 0);
            var font = (PdfFont)Drawn(document, "/Font",
                gfx => gfx.DrawString(set.InOrder(), new XFont(face.Family, 10, style, Unicode), XBrushes.Black, 0, 10));
            _fonts[face] = font;
            if (!_fontsInOrder.Contains(font)) _fontsInOrder.Add(font);
        }
        foreach (var bytes in _imagesUsed)
            _images[bytes] = (PdfImage)Drawn(document, "/XObject", gfx => gfx.DrawImage(XImage.FromStream(new MemoryStream(bytes)), 0, 0, 1, 1));
    }

    public PdfFont Font(FontFace face) => _fonts[face];

    public PdfImage Image(byte[] bytes) => _images[bytes];

    /// <summary>Each font object once, in the order they were made (the order their subset names follow).</summary>
    public IReadOnlyList<PdfFont> Fonts => _fontsInOrder;

    private static PdfObject Drawn(PdfDocument document, string kind, Action<XGraphics> draw)
    {
        var scratch = document.AddPage();
        using (var gfx = XGraphics.FromPdfPage(scratch)) draw(gfx);
        document.Pages.Remove(scratch);
        var entry = scratch.Resources.Elements.GetDictionary(kind)!.Elements.Values.Single();
        return entry is PdfReference reference ? reference.Value : (PdfObject)entry!;
    }
}
