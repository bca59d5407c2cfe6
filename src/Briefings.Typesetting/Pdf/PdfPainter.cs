using Briefings.Typesetting.Layout;
using PdfSharp.Pdf;

namespace Briefings.Typesetting.Pdf;

/// <summary>
/// PagePlan → PDF bytes. PDFsharp embeds fonts and images and holds the catalog and document
/// information; pages, their content, links, bookmarks and the structure tree are our own objects
/// (<see cref="OwnObject"/>). Each page is painted by a <see cref="PagePainter"/>; fonts and images are
/// embedded once every page is painted, links land on their targets, and <see cref="PdfFileWriter"/>
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
        var links = new DocumentLinks(plan);
        var buffer = new AsciiBuffer(64 * 1024); // every page's operators, in turn
        foreach (var planned in plan.Pages)
        {
            var page = new PageObject(tree, resources, plan.PageWidth, plan.PageHeight);
            tree.Pages.Add(page);
            page.Content = new PagePainter(plan, page, new PageContent(plan.PageHeight, buffer), tags, resources, links).Paint(planned);
        }
        resources.Embed(document);
        links.Land(tree.Pages);
        var (placeholder, root) = tags.WriteTo(document);
        var own = new Dictionary<PdfObject, OwnObject>(ReferenceEqualityComparer.Instance) { [placeholder] = root, [document.Pages] = tree };
        if (plan.Outline.Count > 0)
        {
            var outlines = new PdfDictionary(document);
            document.Internals.AddObject(outlines);
            document.Internals.Catalog.Elements.SetReference("/Outlines", outlines);
            own[outlines] = Outline(tree.Pages, plan);
        }
        // Fixed ids: a document's identity comes from its content, not from the run that made it.
        var id = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(meta.Title + "|" + plan.Pages.Count)))[..32];
        document.Internals.FirstDocumentID = id;
        document.Internals.SecondDocumentID = id;
        StableFontNames.Apply(resources.Fonts);
        if (pdfA) Archival.AddOutputIntent(document);
        return PdfFileWriter.Write(document, XmpPacket.Build(meta, Producer, timestamp, id, pdfA), id, own);
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
