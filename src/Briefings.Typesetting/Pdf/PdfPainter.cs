using System.IO.Compression;
using Briefings.Typesetting.Layout;
using Briefings.Typesetting.Text;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;
using PdfSharp.Pdf.Annotations;
using PdfSharp.Pdf.Structure;
using PdfSharp.UniversalAccessibility;

namespace Briefings.Typesetting.Pdf;

/// <summary>
/// PagePlan → PDF bytes with PDFsharp: text, rules and images; the structure tree; links, outline
/// and metadata. Everything that could vary between runs (dates, document ids) is fixed, so the
/// same plan always gives the same bytes.
/// </summary>
public sealed class PdfPainter
{
    private static readonly XPdfFontOptions Unicode = new(PdfFontEncoding.Unicode);

    /// <summary>Producer as PDFsharp keeps it: it rewrites any value that does not start with its own name.</summary>
    private const string Producer = "PDFsharp 6.2.4 for Briefings";

    public byte[] Paint(PagePlan plan, DateTime timestamp, bool pdfA = false)
    {
        PdfSharpSetup.EnsureInitialized();
        var meta = plan.Meta;
        var document = new PdfDocument();
        // PdfFileWriter compresses every stream; PDFsharp's deflater leaves zlib streams unterminated.
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
        var ua = UAManager.ForDocument(document);
        ua.SetDocumentLanguage(meta.Language);

        var fonts = new Dictionary<(FontFace, float), XFont>();
        var images = new Dictionary<byte[], XImage>(ReferenceEqualityComparer.Instance);
        var pages = new List<PdfPage>();
        var destinations = new List<(PdfLinkAnnotation Link, AnchorTarget Target)>();
        int linkNumber = 0;
        var builder = ua.StructureBuilder;
        // Open elements stay open from page to page: a paragraph or table that crosses a page break is
        // one element, its marked content on each page linked to it.
        var open = new List<StructNode>();
        var elements = new Dictionary<StructNode, List<PdfStructureElement>>(ReferenceEqualityComparer.Instance);

        foreach (var planned in plan.Pages)
        {
            var page = document.AddPage();
            page.Width = XUnit.FromPoint(plan.PageWidth);
            page.Height = XUnit.FromPoint(plan.PageHeight);
            pages.Add(page);
            using var gfx = XGraphics.FromPdfPage(page);
            // PDFsharp saves the graphics state and sets the page transform lazily, at the first mark; saving
            // here makes it do so now, so that no q/Q ever falls inside marked content.
            var pageState = gfx.Save();

            void DrawArtifact(Ink ink, PlacedBox placed)
            {
                Enter(builder, gfx, ink is TextInk);
                builder.BeginArtifact();
                Draw(gfx, ink, placed.X, placed.Y, fonts, images);
                builder.End();
            }

            foreach (var placed in planned.Furniture)
                foreach (var ink in placed.Box.Inks) DrawArtifact(ink, placed);

            foreach (var placed in planned.Body)
            {
                foreach (var ink in placed.Box.Inks)
                {
                    // Decoration (backgrounds, rules, leaders, a repeated header row) is an artifact, never content.
                    if (ink.Path is null) { DrawArtifact(ink, placed); continue; }
                    // A link's annotation exists before its text is drawn, so its Link element can own it
                    // (the structure builder then adds it to the page); a link outside a Link element is added here.
                    var annotation = ink is TextInk { Link: { } target } text && text.Width > 0
                        ? CreateLink(plan, destinations, new XRect(placed.X + text.X, placed.Y + text.Baseline - text.Size * 0.85, text.Width, text.Size * 1.15), target, ref linkNumber)
                        : null;
                    bool owned = ink.Path is [.., { Tag: Tag.Link }];
                    if (annotation is not null && !owned) page.Annotations.Add(annotation);
                    Sync(builder, open, elements, ink.Path, Bounds(plan, placed), owned ? annotation : null);
                    // After Sync: opening a figure switches PDFsharp to graphics mode.
                    Enter(builder, gfx, ink is TextInk);
                    Draw(gfx, ink, placed.X, placed.Y, fonts, images);
                }
            }
            // Marked content ends with its page; the elements it belongs to do not.
            builder.EndMarkedContentsWithId();
            gfx.Restore(pageState);
        }
        for (int i = open.Count - 1; i >= 0; i--) builder.End();

        StructureTree.Merge(elements, ua.StructureTreeRoot);
        StructureTree.PlaceNotes(elements);
        StructureTree.AddIds(document, ua.StructureTreeRoot, elements);
        foreach (var (link, target) in destinations) link.Elements["/Dest"] = PdfSpace.Destination(pages[target.Page - 1], plan, target);
        AddOutline(document, pages, plan);
        // Fixed ids: a document's identity comes from its content, not from the run that made it.
        var id = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(meta.Title + "|" + plan.Pages.Count)))[..32];
        document.Internals.FirstDocumentID = id;
        document.Internals.SecondDocumentID = id;
        StableFontNames.Apply(document);
        if (pdfA) Archival.AddOutputIntent(document);
        return PdfFileWriter.Write(document, XmpPacket.Build(meta, Producer, timestamp, id, pdfA), id);
    }

    /// <summary>
    /// Marked content must hold whole text objects or lie inside one (PDF/UA): before a mark that needs
    /// the other mode (text in BT/ET, graphics outside), the open marked content ends, then the mode changes.
    /// </summary>
    private static void Enter(StructureBuilder builder, XGraphics gfx, bool text)
    {
        if (PdfRendererExtensions.IsInTextMode(gfx) == text) return;
        builder.EndMarkedContentsWithId();
        if (text) PdfRendererExtensions.BeginTextMode(gfx);
        else PdfRendererExtensions.BeginGraphicMode(gfx);
    }

    /// <summary>Closes structure elements the next mark is not inside, and opens the ones it is.</summary>
    private static void Sync(StructureBuilder builder, List<StructNode> open, Dictionary<StructNode, List<PdfStructureElement>> elements,
        StructNode[] path, Func<XRect> figureBounds, PdfLinkAnnotation? annotation)
    {
        int common = 0;
        while (common < open.Count && common < path.Length && ReferenceEquals(open[common], path[common])) common++;
        for (int i = open.Count - 1; i >= common; i--) { builder.End(); open.RemoveAt(i); }
        for (int i = common; i < path.Length; i++)
        {
            if (path[i].Tag == Tag.Link && annotation is not null) builder.BeginElement(annotation, annotation.Contents);
            else StructureTags.Begin(builder, path[i], path[i].Tag == Tag.Figure ? figureBounds() : default); // only figures need a box
            // A node opened again (its marks were interrupted) gets a new element here; StructureTree.Merge folds them together.
            if (!elements.TryGetValue(path[i], out var parts)) elements[path[i]] = parts = [];
            parts.Add(builder.CurrentStructureElement);
            open.Add(path[i]);
        }
    }

    /// <summary>
    /// A link annotation over a run of text: to an anchor (page and height) or to a URL. PDFsharp stamps
    /// annotations with a random /NM and the current time; we use a counter and no time.
    /// </summary>
    private static PdfLinkAnnotation? CreateLink(PagePlan plan, List<(PdfLinkAnnotation, AnchorTarget)> destinations, XRect rect, string target, ref int linkNumber)
    {
        var pdfRect = new PdfRectangle(new XPoint(rect.Left, plan.PageHeight - rect.Bottom), new XPoint(rect.Right, plan.PageHeight - rect.Top));
        PdfLinkAnnotation? link = null;
        string description = target;
        if (!target.StartsWith('#'))
        {
            link = PdfLinkAnnotation.CreateWebLink(pdfRect, target);
            var action = new PdfDictionary();
            action.Elements.SetName("/S", "/URI");
            action.Elements.SetString("/URI", target);
            link.Elements["/A"] = action;
        }
        else if (plan.Anchors.TryGetValue(target[1..], out var anchor))
        {
            link = PdfLinkAnnotation.CreateDocumentLink(pdfRect, anchor.Page);
            destinations.Add((link, anchor)); // the target page may not exist yet
            description = anchor.Label.Length > 0 ? anchor.Label : target[1..];
        }
        if (link is null) return null;
        // No border: the link is shown by its colour, as on the web.
        link.Elements["/Border"] = new PdfArray(null, new PdfInteger(0), new PdfInteger(0), new PdfInteger(0));
        link.Contents = description;
        link.Elements.SetString("/NM", $"link-{++linkNumber}");
        link.Elements.Remove("/M");
        // Printable, as PDF/A asks of every annotation.
        link.Elements.SetInteger("/F", 4);
        return link;
    }

    /// <summary>A figure's bounding box in PDF space (y up from the page foot), across the text box.</summary>
    private static Func<XRect> Bounds(PagePlan plan, PlacedBox placed) => () =>
    {
        var image = placed.Box.Inks.OfType<ImageInk>().FirstOrDefault();
        var top = image is not null
            ? new XRect(placed.X + image.X, placed.Y + image.Y, image.Width, image.Height)
            : new XRect(placed.X, placed.Y, plan.TextBox.Right - placed.X, placed.Box.Height);
        return new XRect(top.X, plan.PageHeight - top.Bottom, top.Width, top.Height);
    };

    private static void Draw(XGraphics gfx, Ink ink, float dx, float dy, Dictionary<(FontFace, float), XFont> fonts, Dictionary<byte[], XImage> images)
    {
        switch (ink)
        {
            case TextInk t:
                if (!fonts.TryGetValue((t.Face, t.Size), out var font))
                {
                    var style = (t.Face.Bold ? XFontStyleEx.Bold : 0) | (t.Face.Italic ? XFontStyleEx.Italic : 0);
                    fonts[(t.Face, t.Size)] = font = new XFont(t.Face.Family, t.Size, style, Unicode);
                }
                gfx.DrawString(t.Text, font, Brush(t.Color), dx + t.X, dy + t.Baseline, XStringFormats.BaseLineLeft);
                break;
            case LineInk l:
                var pen = new XPen(Color(l.Color), l.Thickness);
                if (l.Dashed) pen.DashStyle = XDashStyle.Dash;
                gfx.DrawLine(pen, dx + l.X1, dy + l.Y1, dx + l.X2, dy + l.Y2);
                break;
            case RectInk r when r.Width > 0 && r.Height > 0:
                gfx.DrawRectangle(r.Stroke is { } s ? new XPen(Color(s), r.StrokeWidth) { DashStyle = r.Dashed ? XDashStyle.Dash : XDashStyle.Solid } : null, r.Fill is { } f ? new XSolidBrush(Color(f)) : null,
                    dx + r.X, dy + r.Y, r.Width, r.Height);
                break;
            case EllipseInk e:
                gfx.DrawEllipse(e.Stroke is { } es ? new XPen(Color(es), e.StrokeWidth) : null, e.Fill is { } ef ? new XSolidBrush(Color(ef)) : null,
                    dx + e.X, dy + e.Y, e.Width, e.Height);
                break;
            case PolygonInk p:
                var points = Enumerable.Range(0, p.Points.Length / 2).Select(k => new XPoint(dx + p.Points[2 * k], dy + p.Points[2 * k + 1])).ToArray();
                gfx.DrawPolygon(p.Stroke is { } ps ? new XPen(Color(ps), p.StrokeWidth) : null, p.Fill is { } pf ? new XSolidBrush(Color(pf)) : null,
                    points, XFillMode.Winding);
                break;
            case ImageInk i:
                if (!images.TryGetValue(i.Image, out var image))
                    images[i.Image] = image = XImage.FromStream(new MemoryStream(i.Image));
                gfx.DrawImage(image, dx + i.X, dy + i.Y, i.Width, i.Height);
                break;
        }
    }

    private static XColor Color(Rgb c) => XColor.FromArgb(c.R, c.G, c.B);

    [ThreadStatic] private static Dictionary<Rgb, XSolidBrush>? _brushes;

    /// <summary>Text is drawn word by word; one brush per colour saves an allocation per word.</summary>
    private static XSolidBrush Brush(Rgb c)
    {
        var brushes = _brushes ??= new();
        if (!brushes.TryGetValue(c, out var brush)) brushes[c] = brush = new XSolidBrush(Color(c));
        return brush;
    }

    private static void AddOutline(PdfDocument document, List<PdfPage> pages, PagePlan plan)
    {
        var stack = new List<(int Level, PdfOutline Node)>();
        foreach (var (entry, target) in plan.Outline)
        {
            while (stack.Count > 0 && stack[^1].Level >= entry.Level) stack.RemoveAt(stack.Count - 1);
            var collection = stack.Count == 0 ? document.Outlines : stack[^1].Node.Outlines;
            var node = collection.Add(entry.Title, pages[target.Page - 1], true);
            node.PageDestinationType = PdfPageDestinationType.Xyz;
            node.Left = 0;
            node.Top = PdfSpace.DestinationTop(plan, target);
            stack.Add((entry.Level, node));
        }
    }
}
