using Briefings.Typesetting.Layout;
using Briefings.Typesetting.Text;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Briefings.Typesetting.Pdf;

/// <summary>
/// PagePlan → PDF bytes. PDFsharp embeds fonts and images and holds the catalog and document
/// information; pages, their content, links, bookmarks and the structure tree are our own objects
/// (<see cref="OwnObject"/>). Each page's content stream is written here, mark by mark, with the marked
/// content that ties it to the structure tree (<see cref="TagTree"/>); <see cref="PdfFileWriter"/>
/// writes the file. Nothing varies between runs, so the same plan always gives the same bytes.
/// </summary>
public sealed class PdfPainter
{
    /// <summary>Producer as PDFsharp keeps it: it rewrites any value that does not start with its own name.</summary>
    private const string Producer = "PDFsharp 6.2.4 for Briefings";

    /// <summary>
    /// PDFsharp formats some values of its own (font widths, outline destinations) with the thread's
    /// culture, and under th-TH, ar-SA or fa-IR dates would follow another calendar; the bytes must not
    /// depend on the machine, so painting runs in the invariant culture.
    /// </summary>
    public byte[] Paint(PagePlan plan, DateTime timestamp, bool pdfA = false)
    {
        var culture = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = System.Globalization.CultureInfo.InvariantCulture;
            return PaintDocument(plan, timestamp, pdfA);
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = culture;
        }
    }

    private static byte[] PaintDocument(PagePlan plan, DateTime timestamp, bool pdfA)
    {
        PdfSharpSetup.EnsureInitialized();
        var meta = plan.Meta;
        var document = new PdfDocument();
        // PDFsharp's deflater leaves zlib streams without their checksum; PdfFileWriter compresses every stream.
        document.Options.CompressContentStreams = false;
        document.Options.NoCompression = true;
        document.Info.Title = meta.Title;
        document.Info.Author = meta.Author ?? "";
        document.Info.Subject = meta.Subject ?? meta.Subtitle ?? "";
        document.Info.Keywords = meta.Keywords ?? "";
        document.Info.Creator = "Briefings";
        document.Info.Elements.SetString("/Producer", Producer);
        document.Info.CreationDate = timestamp;
        document.Info.ModificationDate = timestamp;
        document.Language = meta.Language;
        document.ViewerPreferences.DisplayDocTitle = true;
        document.PageMode = PdfPageMode.UseOutlines;

        var resources = new EmbeddedResources();
        var tags = new TagTree();
        var tree = new PageTree();
        var pages = tree.Pages;
        var destinations = new List<(LinkAnnotation Link, AnchorTarget Target)>();
        int linkNumber = 0;
        var buffer = new AsciiBuffer(64 * 1024);

        foreach (var planned in plan.Pages)
        {
            var page = new PageObject(tree, resources, plan.PageWidth, plan.PageHeight);
            pages.Add(page);
            var content = new PageContent(plan.PageHeight, buffer);
            var faces = new Dictionary<FontFace, PaintedFace>();
            (FontFace Face, PaintedFace Painted)? last = null;
            // Consecutive words share a face: resolved once a run, not once a word.
            Func<FontFace, PaintedFace> FaceOf = face =>
            {
                if (last is { } hit && hit.Face == face) return hit.Painted;
                if (!faces.TryGetValue(face, out var painted))
                    faces[face] = painted = new PaintedFace(page.FontName(face), FontLibrary.Bundled.Metrics(face), FontLibrary.Bundled.SimulatesItalic(face), resources.Characters(face));
                last = (face, painted);
                return painted;
            };
            Func<byte[], string> ImageName = page.ImageName;

            StructNode? marking = null; // the node whose marked content is open
            void EndMarked()
            {
                if (marking is null) return;
                content.EndMarked();
                marking = null;
            }
            void Artifact(Ink ink, PlacedBox placed)
            {
                EndMarked();
                content.BeginArtifact();
                Draw(content, ink, placed.X, placed.Y, FaceOf, ImageName);
                content.EndMarked();
            }
            void Mark(StructNode[] path, PlacedBox placed)
            {
                if (ReferenceEquals(marking, path[^1])) return;
                EndMarked();
                int mcid = tags.Mark(path, page, Array.Exists(path, node => node.Tag == Tag.Figure) ? FigureBox(plan, placed) : null);
                content.BeginMarked(TagTree.TypeOf(path[^1].Tag), mcid);
                marking = path[^1];
            }
            // A piece of text: a TextInk, or one word of a WordsInk, painted and linked exactly as a TextInk of its own would be.
            void Text(TextPiece text, StructNode[]? path, PlacedBox placed)
            {
                if (path is not { Length: > 0 })
                {
                    EndMarked();
                    content.BeginArtifact();
                    DrawText(content, text, placed.X, placed.Y, FaceOf);
                    content.EndMarked();
                    return;
                }
                if (text is { Link: { } target, Width: > 0 })
                {
                    var rect = new XRect(placed.X + text.X, placed.Y + text.Baseline - text.Size * 0.85, text.Width, text.Size * 1.15);
                    if (CreateLink(plan, destinations, rect, target, ref linkNumber) is { } annotation)
                    {
                        page.Links.Add(annotation);
                        if (path is [.., { Tag: Tag.Link }]) tags.Own(path, annotation, page);
                    }
                }
                Mark(path, placed);
                DrawText(content, text, placed.X, placed.Y, FaceOf);
            }

            // Indexed loops: a foreach over a box's IReadOnlyList would box an enumerator for every line.
            foreach (var placed in planned.Furniture)
                for (int k = 0; k < placed.Box.Inks.Count; k++)
                {
                    if (placed.Box.Inks[k] is WordsInk words) foreach (var word in words.Words) Text(new TextPiece(words, word), null, placed);
                    else Artifact(placed.Box.Inks[k], placed);
                }

            foreach (var placed in planned.Body)
            {
                for (int k = 0; k < placed.Box.Inks.Count; k++)
                {
                    var ink = placed.Box.Inks[k];
                    if (ink is WordsInk words) foreach (var word in words.Words) Text(new TextPiece(words, word), ink.Path, placed);
                    else if (ink is TextInk text) Text(new TextPiece(text), ink.Path, placed);
                    // Decoration (backgrounds, rules, leaders, a repeated header row) is an artifact, never content.
                    else if (ink.Path is not { Length: > 0 } path) Artifact(ink, placed);
                    else
                    {
                        Mark(path, placed);
                        Draw(content, ink, placed.X, placed.Y, FaceOf, ImageName);
                    }
                }
            }
            EndMarked();
            page.Content = PdfFileWriter.Deflate(content.ToBytes());
        }

        resources.Embed(document);
        foreach (var (link, target) in destinations) link.Destination = (pages[target.Page - 1], PdfSpace.DestinationTop(plan, target));
        var (placeholder, root) = tags.WriteTo(document);
        var own = new Dictionary<PdfObject, OwnObject>(ReferenceEqualityComparer.Instance) { [placeholder] = root, [document.Pages] = tree };
        if (plan.Outline.Count > 0)
        {
            var outlines = new PdfDictionary(document);
            document.Internals.AddObject(outlines);
            document.Internals.Catalog.Elements.SetReference("/Outlines", outlines);
            own[outlines] = Outline(pages, plan);
        }
        // Fixed ids: a document's identity comes from its content, not from the run that made it.
        var id = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(meta.Title + "|" + plan.Pages.Count)))[..32];
        document.Internals.FirstDocumentID = id;
        document.Internals.SecondDocumentID = id;
        StableFontNames.Apply(resources.Fonts);
        if (pdfA) Archival.AddOutputIntent(document);
        return PdfFileWriter.Write(document, XmpPacket.Build(meta, Producer, timestamp, id, pdfA), id, own);
    }

    /// <summary>
    /// A link annotation over a run of text: to an anchor (page and height, filled in once every page
    /// exists) or to a URL, described for a reader.
    /// </summary>
    private static LinkAnnotation? CreateLink(PagePlan plan, List<(LinkAnnotation, AnchorTarget)> destinations, XRect rect, string target, ref int linkNumber)
    {
        var pdfRect = new PdfRectangle(new XPoint(rect.Left, plan.PageHeight - rect.Bottom), new XPoint(rect.Right, plan.PageHeight - rect.Top));
        if (!target.StartsWith('#')) return new LinkAnnotation(pdfRect, target, ++linkNumber, uri: target);
        if (!plan.Anchors.TryGetValue(target[1..], out var anchor)) return null;
        var link = new LinkAnnotation(pdfRect, anchor.Label.Length > 0 ? anchor.Label : target[1..], ++linkNumber, uri: null);
        destinations.Add((link, anchor)); // the target page may not exist yet
        return link;
    }

    /// <summary>A figure's bounding box in PDF space (y up from the page foot): its image, or the text box's width.</summary>
    private static PdfRectangle FigureBox(PagePlan plan, PlacedBox placed)
    {
        var image = placed.Box.Inks.OfType<ImageInk>().FirstOrDefault();
        var (x, y, w, h) = image is not null
            ? (placed.X + image.X, placed.Y + image.Y, image.Width, image.Height)
            : (placed.X, placed.Y, plan.TextBox.Right - placed.X, placed.Box.Height);
        return new PdfRectangle(new XPoint(x, plan.PageHeight - y - h), new XPoint(x + w, plan.PageHeight - y));
    }

    private static void Draw(PageContent content, Ink ink, float dx, float dy, Func<FontFace, PaintedFace> font, Func<byte[], string> image)
    {
        switch (ink)
        {
            case TextInk t:
                DrawText(content, new TextPiece(t), dx, dy, font);
                break;
            case LineInk l:
                content.Line(dx + l.X1, dy + l.Y1, dx + l.X2, dy + l.Y2, l.Thickness, l.Color, l.Dashed);
                break;
            case RectInk r when r.Width > 0 && r.Height > 0:
                content.Rectangle(dx + r.X, dy + r.Y, r.Width, r.Height, r.Fill, r.Stroke, r.StrokeWidth, r.Dashed);
                break;
            case EllipseInk e:
                content.Ellipse(dx + e.X, dy + e.Y, e.Width, e.Height, e.Fill, e.Stroke, e.StrokeWidth);
                break;
            case PolygonInk p:
                var points = new float[p.Points.Length];
                for (int k = 0; k < points.Length; k++) points[k] = p.Points[k] + (k % 2 == 0 ? dx : dy);
                content.Polygon(points, p.Fill, p.Stroke, p.StrokeWidth);
                break;
            case ImageInk i:
                content.Image(image(i.Image), dx + i.X, dy + i.Y, i.Width, i.Height);
                break;
        }
    }

    private static void DrawText(PageContent content, TextPiece t, float dx, float dy, Func<FontFace, PaintedFace> font)
    {
        if (t.Text.Length == 0) return;
        var face = font(t.Face);
        Span<ushort> glyphs = t.Text.Length <= 256 ? stackalloc ushort[t.Text.Length] : new ushort[t.Text.Length];
        for (int i = 0; i < t.Text.Length; i++) glyphs[i] = face.Metrics.Glyph(t.Text[i]);
        face.Characters.Add(t.Text);
        content.Text(face.Resource, t.Size, t.Color, dx + t.X, dy + t.Baseline, glyphs, face.Slanted);
    }

    /// <summary>
    /// A face as a page paints it: the page's name for its font resource, its glyphs, whether it is slanted
    /// (an italic the bundle lacks), and the characters it has printed, which its embedded subset will hold.
    /// </summary>
    private sealed record PaintedFace(string Resource, FontMetrics Metrics, bool Slanted, CharacterSet Characters);

    /// <summary>What painting needs of one piece of text, read from a TextInk or from one word of a WordsInk without a record a word.</summary>
    private readonly record struct TextPiece(float X, float Baseline, string Text, FontFace Face, float Size, Rgb Color, float Width, string? Link)
    {
        public TextPiece(TextInk t) : this(t.X, t.Baseline, t.Text, t.Face, t.Size, t.Color, t.Width, t.Link) { }
        public TextPiece(WordsInk words, Word word) : this(word.X, words.Baseline, word.Text, words.Face, words.Size, words.Color, word.Width, words.Link) { }
    }

    /// <summary>The bookmarks, nested by heading level.</summary>
    private static Outline Outline(List<PageObject> pages, PagePlan plan)
    {
        var outline = new Outline();
        var stack = new List<(int Level, Outline.Item Item)>();
        foreach (var (entry, target) in plan.Outline)
        {
            while (stack.Count > 0 && stack[^1].Level >= entry.Level) stack.RemoveAt(stack.Count - 1);
            var item = outline.Add(stack.Count == 0 ? outline : stack[^1].Item, entry.Title, pages[target.Page - 1], PdfSpace.DestinationTop(plan, target));
            stack.Add((entry.Level, item));
        }
        return outline;
    }
}
