using System.IO.Compression;
using Briefings.Typesetting.Layout;
using Briefings.Typesetting.Text;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;
using PdfSharp.Pdf.Annotations;
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

    /// <summary>
    /// PDFsharp writes the document's dates with the thread's culture, which under th-TH, ar-SA or fa-IR
    /// is a Buddhist, Hijri or Persian calendar (year 2543 for 2000). A PDF date is Gregorian by
    /// definition, and the bytes must not depend on the machine, so painting runs in the invariant culture.
    /// </summary>
    public byte[] Paint(PagePlan plan, DateTime timestamp)
    {
        var culture = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = System.Globalization.CultureInfo.InvariantCulture;
            return PaintDocument(plan, timestamp);
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = culture;
        }
    }

    private byte[] PaintDocument(PagePlan plan, DateTime timestamp)
    {
        PdfSharpSetup.EnsureInitialized();
        var meta = plan.Meta;
        var document = new PdfDocument();
        // PDFsharp's deflater leaves zlib streams unterminated; we compress everything ourselves (FlateRepair).
        document.Options.CompressContentStreams = false;
        document.Options.NoCompression = true;
        document.Info.Title = meta.Title;
        document.Info.Author = meta.Author ?? "";
        document.Info.Subject = meta.Subject ?? meta.Subtitle ?? "";
        document.Info.Keywords = meta.Keywords ?? "";
        document.Info.Creator = "Briefings";
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
        int linkNumber = 0;

        foreach (var planned in plan.Pages)
        {
            var page = document.AddPage();
            page.Width = XUnit.FromPoint(plan.PageWidth);
            page.Height = XUnit.FromPoint(plan.PageHeight);
            pages.Add(page);
            using var gfx = XGraphics.FromPdfPage(page);
            var builder = ua.StructureBuilder;

            builder.BeginArtifact();
            foreach (var placed in planned.Furniture)
                foreach (var ink in placed.Box.Inks) Draw(gfx, ink, placed.X, placed.Y, fonts, images);
            builder.End();

            var open = new List<StructNode>();
            foreach (var placed in planned.Body)
            {
                foreach (var ink in placed.Box.Inks)
                {
                    if (ink.Path is null)
                    {
                        // Decoration: backgrounds, rules, chart strokes are artifacts, not content.
                        if (open.Count == 0) { builder.BeginArtifact(); Draw(gfx, ink, placed.X, placed.Y, fonts, images); builder.End(); }
                        else Draw(gfx, ink, placed.X, placed.Y, fonts, images);
                        continue;
                    }
                    // A link's annotation exists before its text is drawn, so its Link element can own it
                    // (the structure builder then adds it to the page); a link outside a Link element is added here.
                    var annotation = ink is TextInk { Link: { } target } text && text.Width > 0
                        ? CreateLink(plan, new XRect(placed.X + text.X, placed.Y + text.Baseline - text.Size * 0.85, text.Width, text.Size * 1.15), target, ref linkNumber)
                        : null;
                    bool owned = ink.Path is [.., { Tag: Tag.Link }];
                    if (annotation is not null && !owned) page.Annotations.Add(annotation);
                    Sync(builder, open, ink.Path, placed, owned ? annotation : null);
                    Draw(gfx, ink, placed.X, placed.Y, fonts, images);
                }
            }
            for (int i = open.Count - 1; i >= 0; i--) builder.End();
        }

        AddOutline(document, pages, plan);
        CompressContent(document);
        // Fixed ids: a document's identity comes from its content, not from the run that made it.
        var id = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(meta.Title + "|" + plan.Pages.Count)))[..32];
        document.Internals.FirstDocumentID = id;
        document.Internals.SecondDocumentID = id;
        using var output = new MemoryStream();
        document.Save(output, false);
        return FlateRepair.Apply(StableSubsetNames(output.ToArray(), id));
    }

    /// <summary>
    /// PDFsharp tags each embedded font subset with a random six-letter prefix ("KXDYML+Noto Sans").
    /// Renaming them in order of first appearance keeps the bytes identical from run to run; the
    /// names keep their length, so no offset in the cross-reference table moves.
    /// </summary>
    private static byte[] StableSubsetNames(byte[] pdf, string documentId)
    {
        // Scans the bytes in place: the names and uuids keep their length, so nothing else moves.
        var names = new Dictionary<string, string>();
        int uuids = 0;
        for (int i = 7; i < pdf.Length; i++)
        {
            if (pdf[i] == (byte)'+' && pdf[i - 7] == (byte)'/' && IsUpperRun(pdf, i - 6, 6))
            {
                var old = System.Text.Encoding.ASCII.GetString(pdf, i - 6, 6);
                if (!names.TryGetValue(old, out var name))
                {
                    int n = names.Count;
                    name = "BRF" + (char)('A' + n / 676 % 26) + (char)('A' + n / 26 % 26) + (char)('A' + n % 26);
                    names[old] = name;
                }
                System.Text.Encoding.ASCII.GetBytes(name, pdf.AsSpan(i - 6, 6));
            }
            else if (pdf[i] == (byte)':' && i >= 4 && i + 36 < pdf.Length && pdf.AsSpan(i - 4, 4).SequenceEqual("uuid"u8) && pdf[i + 9] == (byte)'-')
            {
                // The XMP packet's DocumentID and InstanceID are random uuids; derive them from the document id.
                var uuid = new Guid(System.Security.Cryptography.MD5.HashData(System.Text.Encoding.UTF8.GetBytes(documentId + uuids++))).ToString();
                System.Text.Encoding.ASCII.GetBytes(uuid, pdf.AsSpan(i + 1, 36));
            }
        }
        return pdf;
    }

    private static bool IsUpperRun(byte[] bytes, int start, int length)
    {
        for (int k = start; k < start + length; k++) if (bytes[k] is < (byte)'A' or > (byte)'Z') return false;
        return true;
    }

    /// <summary>Closes structure elements the next mark is not inside, and opens the ones it is.</summary>
    private static void Sync(StructureBuilder builder, List<StructNode> open, StructNode[] path, PlacedBox placed, PdfLinkAnnotation? annotation)
    {
        int common = 0;
        while (common < open.Count && common < path.Length && ReferenceEquals(open[common], path[common])) common++;
        for (int i = open.Count - 1; i >= common; i--) { builder.End(); open.RemoveAt(i); }
        for (int i = common; i < path.Length; i++)
        {
            if (path[i].Tag == Tag.Link && annotation is not null) builder.BeginElement(annotation, path[i].Alt ?? "Link");
            else StructureTags.Begin(builder, path[i], path[i].Tag == Tag.Figure ? Bounds(placed) : default); // only figures need a box
            open.Add(path[i]);
        }
    }

    /// <summary>
    /// A link annotation over a run of text: to an anchor (page and height) or to a URL. PDFsharp stamps
    /// annotations with a random /NM and the current time; we use a counter and no time.
    /// </summary>
    private static PdfLinkAnnotation? CreateLink(PagePlan plan, XRect rect, string target, ref int linkNumber)
    {
        var pdfRect = new PdfRectangle(new XPoint(rect.Left, plan.PageHeight - rect.Bottom), new XPoint(rect.Right, plan.PageHeight - rect.Top));
        PdfLinkAnnotation? link = null;
        if (!target.StartsWith('#')) link = PdfLinkAnnotation.CreateWebLink(pdfRect, target);
        else if (plan.Anchors.TryGetValue(target[1..], out var anchor))
            link = PdfLinkAnnotation.CreateDocumentLink(pdfRect, anchor.Page, new XPoint(0, Math.Max(0, anchor.Y - 12)));
        if (link is null) return null;
        link.Elements.SetString("/NM", $"link-{++linkNumber}");
        link.Elements.Remove("/M");
        return link;
    }

    private static XRect Bounds(PlacedBox placed)
    {
        var image = placed.Box.Inks.OfType<ImageInk>().FirstOrDefault();
        return image is not null
            ? new XRect(placed.X + image.X, placed.Y + image.Y, image.Width, image.Height)
            : new XRect(placed.X, placed.Y, 1, placed.Box.Height);
    }

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
            node.Top = Math.Max(0, target.Y - 12);
            stack.Add((entry.Level, node));
        }
    }

    /// <summary>
    /// PDFsharp's own stream compression leaves zlib streams unterminated (qpdf warns on every page);
    /// .NET's ZLibStream writes complete ones.
    /// </summary>
    private static void CompressContent(PdfDocument document)
    {
        // In place: CreateSingleContent would build a detached copy that is never written.
        foreach (var page in document.Pages)
            foreach (var content in page.Contents)
            {
                if (content.Stream is not { } stream || content.Elements.GetName("/Filter").Length > 0) continue;
                using var packed = new MemoryStream();
                using (var zlib = new ZLibStream(packed, CompressionLevel.Optimal, leaveOpen: true)) zlib.Write(stream.Value);
                stream.Value = packed.ToArray();
                content.Elements.SetName("/Filter", "/FlateDecode");
            }
    }
}
