using System.Globalization;
using Briefings.Typesetting.Model;
using Briefings.Typesetting.Text;

namespace Briefings.Typesetting.Layout;

/// <summary>
/// Document → PagePlan. A first pass finds where headings land; when the document has a table of
/// contents, a second pass prints their page numbers (entries keep their height, so nothing moves).
/// Page furniture is added last, when the page count is known.
/// </summary>
public sealed class DocumentLayouter(Theme theme, FontLibrary fonts, Hyphenator hyphenator)
{
    private const float PointsPerMm = 72f / 25.4f;

    public PagePlan Layout(Document document, string file, List<Diagnostic> diagnostics)
    {
        var meta = document.Meta;
        var (pageWidth, pageHeight) = meta.Paper == Paper.Letter ? (612f, 792f) : (595.28f, 841.89f);
        float left = theme.MarginLeft * PointsPerMm, right = theme.MarginRight * PointsPerMm;
        float top = theme.MarginTop * PointsPerMm, bottom = theme.MarginBottom * PointsPerMm;
        float width = pageWidth - left - right, bodyHeight = pageHeight - top - bottom;

        var context = new LayoutContext(theme, fonts, hyphenator, meta, width, bodyHeight, file, diagnostics) { HeadingLevels = HeadingLevels.For(document) };
        var blocks = new BlockLayouter(context);
        var front = new FrontMatterLayouter(context, blocks);
        var notes = document.Footnotes.ToDictionary(n => n.Number, n => FootnoteLines(context, n, width));
        var paginator = new Paginator(bodyHeight, theme.BodySize * 1.2f, notes, left, top);
        var body = blocks.Layout(document.Blocks, width, []);
        // Found by id through an index: searching the blocks for each heading was quadratic in a long document.
        var headingsById = new Dictionary<string, Heading>(StringComparer.Ordinal);
        foreach (var heading in document.Blocks.OfType<Heading>()) headingsById.TryAdd(heading.Id, heading);
        var headings = body.OfType<VBox>().Where(b => b.Outline is not null)
            .Select(b => headingsById.GetValueOrDefault(b.Outline!.Id)).OfType<Heading>().ToList();
        var title = meta.HasTitleBlock ? front.TitleBlock(meta, width) : [];

        List<VItem> Compose(IReadOnlyDictionary<string, AnchorTarget>? anchors) =>
            [.. title, .. meta.Toc && headings.Count > 0 ? front.Contents(headings, anchors, width) : [], .. body];

        var labels = LinkLabels.For(document);
        var pages = paginator.Paginate(Compose(null));
        var anchors = Anchors(pages, labels);
        if (meta.Toc && headings.Count > 0)
        {
            pages = paginator.Paginate(Compose(anchors));
            anchors = Anchors(pages, labels);
        }

        if (pages.Count == 0) pages.Add(new Paginator.Page([], [])); // an empty document is still one (blank) page
        var planned = new List<PlannedPage>();
        for (int p = 0; p < pages.Count; p++)
        {
            List<PlacedBox> placed = [.. pages[p].Body, .. pages[p].Notes];
            var furniture = Furniture(context, meta, p + 1, pages.Count, pageWidth, pageHeight, left, top, width, bodyHeight,
                pages[p].Notes.Count > 0 ? pages[p].Notes[0].Y : null);
            planned.Add(new PlannedPage(p + 1, placed, furniture));
        }
        var outline = pages.SelectMany((page, index) => page.Body
                .Where(b => b.Box.Outline is not null)
                .Select(b => (b.Box.Outline!, new AnchorTarget(index + 1, b.Y))))
            .ToList();
        return new PagePlan(meta, pageWidth, pageHeight, (left, top, pageWidth - right, pageHeight - bottom), planned, anchors, outline);
    }

    private static Dictionary<string, AnchorTarget> Anchors(List<Paginator.Page> pages, IReadOnlyDictionary<string, string> labels)
    {
        var anchors = new Dictionary<string, AnchorTarget>();
        for (int p = 0; p < pages.Count; p++)
            foreach (var placed in pages[p].Body.Concat(pages[p].Notes))
                foreach (var id in placed.Box.Anchors)
                    anchors.TryAdd(id, new AnchorTarget(p + 1, placed.Y, labels.GetValueOrDefault(id, "")));
        return anchors;
    }

    /// <summary>A footnote as lines with a hanging number; the first line carries the "fn-N" anchor.</summary>
    private static IReadOnlyList<VBox> FootnoteLines(LayoutContext context, Footnote note, float width)
    {
        float size = context.Theme.FootnoteSize, indent = size * 1.9f;
        var label = note.Number.ToString(CultureInfo.InvariantCulture);
        var noteNode = new StructNode(Tag.Note) { Id = "fn-" + label };
        var style = context.Paragraph(context.Body, size, TextAlign.Left, leading: size * 1.3f);
        var lines = context.Set(note.Content, style, width - indent, [noteNode, new StructNode(Tag.P)], note.Line);
        var boxes = new List<VBox>();
        for (int i = 0; i < lines.Count; i++)
        {
            var inks = lines[i].Inks.Moved(indent, 0);
            if (i == 0)
            {
                float baseline = lines[0].Inks.Count > 0 ? lines[0].Inks[0].Baseline : size;
                inks.Insert(0, new TextInk(0, baseline, label, context.Sans.WithBold(), size * 0.9f, context.HeadingColor, context.Measure(label, context.Sans.WithBold(), size * 0.9f), null, [noteNode, new StructNode(Tag.Lbl)]));
            }
            boxes.Add(new VBox(lines[i].Height, inks) { Anchors = i == 0 ? ["fn-" + label] : [] });
        }
        return boxes;
    }

    private static List<PlacedBox> Furniture(LayoutContext context, DocumentMeta meta, int page, int pages, float pageWidth, float pageHeight,
        float left, float top, float width, float bodyHeight, float? notesTop)
    {
        float size = context.Theme.FurnitureSize;
        var sans = context.Sans;
        var bold = context.Sans.WithBold();
        var marking = Rgb.Parse(context.Theme.MarkingColor);
        var result = new List<PlacedBox>();
        TextInk Text(string text, FontFace face, float x, Rgb color) => new(x, 0, text, face, size, color, context.Measure(text, face, size), null, null);

        if (meta.Marking is { Length: > 0 } mark)
        {
            var label = mark.ToUpperInvariant();
            float w = context.Measure(label, bold, size * 1.15f);
            var ink = new TextInk((pageWidth - w) / 2, 0, label, bold, size * 1.15f, marking, w, null, null);
            result.Add(new PlacedBox(new VBox(size, [ink]), 0, top * 0.42f));
            result.Add(new PlacedBox(new VBox(size, [ink]), 0, pageHeight - top * 0.3f));
        }
        float footer = top + bodyHeight + size * 2.6f;
        var pageText = context.Words.PageOf(page, pages);
        float pageW = context.Measure(pageText, sans, size);
        var titleText = Fit(context, meta.Title, sans, size, width - pageW - 24);
        result.Add(new PlacedBox(new VBox(size, [
            new LineInk(0, -size * 1.3f, width, -size * 1.3f, 0.4f, context.Rule),
            Text(titleText, sans, 0, context.Muted),
            Text(pageText, sans, width - pageW, context.Muted),
        ]), left, footer));
        if (notesTop is { } y)
            result.Add(new PlacedBox(new VBox(0, [new LineInk(0, 0, width * 0.28f, 0, 0.5f, context.Rule)]), left, y - context.Theme.BodySize * 0.6f));
        return result;
    }

    /// <summary>Shortens running-title text with an ellipsis so it never runs into the page number.</summary>
    private static string Fit(LayoutContext context, string text, FontFace face, float size, float width)
    {
        if (context.Measure(text, face, size) <= width) return text;
        while (text.Length > 1 && context.Measure(text + "…", face, size) > width) text = text[..^1];
        return text.TrimEnd() + "…";
    }
}
