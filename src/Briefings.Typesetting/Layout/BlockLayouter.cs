using System.Globalization;
using Briefings.Typesetting.Charts;
using Briefings.Typesetting.Model;
using Briefings.Typesetting.Text;

namespace Briefings.Typesetting.Layout;

/// <summary>
/// Blocks → the vertical list: lines become boxes that carry their break rules (keep a heading with
/// what follows, no widows or orphans), containers indent and decorate their children.
/// </summary>
public sealed class BlockLayouter(LayoutContext context)
{
    private readonly TableLayouter _tables = new(context);

    public List<VItem> Layout(IReadOnlyList<Block> blocks, float width, StructNode[] path)
    {
        var items = new List<VItem>();
        for (int i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            if (i > 0 && SpaceBefore(block) is > 0 and var before) items.Add(new VGlue(before));
            items.AddRange(Layout(block, width, path));
            if (i < blocks.Count - 1 && SpaceAfter(block) is > 0 and var after && blocks[i + 1] is not Heading) items.Add(new VGlue(after));
        }
        return items;
    }

    private float SpaceBefore(Block block) => block is Heading h ? HeadingSize(h.Level) * (h.Level <= 2 ? 1.15f : 0.9f) : 0;

    private float SpaceAfter(Block block) => block switch
    {
        Heading h => HeadingSize(h.Level) * 0.35f,
        PageBreak => 0,
        _ => context.Theme.ParagraphSpacing,
    };

    private float HeadingSize(int level) => context.Theme.HeadingSizes[Math.Clamp(level, 1, 6) - 1];

    private IEnumerable<VItem> Layout(Block block, float width, StructNode[] path) => block switch
    {
        Heading heading => HeadingBoxes(heading, width, path),
        Paragraph paragraph => Lines(paragraph.Content, context.BodyParagraph, width,
            StructNode.Extend(path, new StructNode(Tag.P)), paragraph.Line),
        ListBlock list => ListItems(list, width, path),
        Model.Table table => _tables.Layout(table, width, path),
        CodeBlock code => CodeLines(code, width, path),
        Quote quote => QuoteBoxes(quote, width, path),
        Callout callout => CalloutBoxes(callout, width, path),
        ThematicBreak => [new VBox(context.Theme.BodySize * 1.6f, [new LineInk(width * 0.35f, context.Theme.BodySize * 0.8f, width * 0.65f, context.Theme.BodySize * 0.8f, 0.6f, context.Rule)])],
        PageBreak => [new VPageBreak()],
        Model.Figure figure => FigureBoxes(figure, width, path),
        ChartBlock chart => [new ChartLayouter(context, chart.Line).Layout(chart.Spec, width, path)],
        _ => [],
    };

    /// <summary>Lines of a paragraph as boxes; no break after the first line or before the last (orphans and widows).</summary>
    public List<VItem> Lines(IReadOnlyList<Span> spans, ParagraphStyle style, float width, StructNode[] path, int line, bool keepAll = false)
    {
        var lines = context.Set(spans, style, width, path, line);
        var boxes = new List<VItem>(lines.Count);
        for (int i = 0; i < lines.Count; i++)
        {
            bool breakable = i >= 1 && i <= lines.Count - 3;
            boxes.Add(new VBox(lines[i].Height, lines[i].Inks)
            {
                KeepWithNext = keepAll || (i < lines.Count - 1 && !breakable),
                Footnotes = lines[i].Footnotes,
            });
        }
        return boxes;
    }

    private IEnumerable<VItem> HeadingBoxes(Heading heading, float width, StructNode[] path)
    {
        float size = HeadingSize(heading.Level);
        var face = heading.Level >= 4 ? context.Heading.WithItalic(heading.Level > 4) : context.Heading;
        var style = context.Paragraph(face, size, TextAlign.Left, context.HeadingColor, size * 1.25f) with { Hyphenate = false };
        var node = new StructNode(Tag.H1 + context.HeadingLevels.GetValueOrDefault(heading, Math.Clamp(heading.Level, 1, 6)) - 1);
        var boxes = Lines(heading.Content, style, width, StructNode.Extend(path, node), heading.Line, keepAll: true);
        if (boxes.Count > 0 && boxes[0] is VBox first)
            boxes[0] = first with { Anchors = [heading.Id], Outline = new OutlineEntry(heading.Level, heading.PlainText, heading.Id) };
        return boxes;
    }

    private IEnumerable<VItem> ListItems(ListBlock list, float width, StructNode[] path)
    {
        var listPath = StructNode.Extend(path, new StructNode(Tag.L) { Numbering = list.Ordered ? "Decimal" : "Disc" });
        float size = context.Theme.BodySize;
        int last = list.Start + list.Items.Count - 1;
        float indent = list.Ordered ? context.Measure(last.ToString(CultureInfo.InvariantCulture) + ".", context.Body, size) + size * 0.7f : size * 1.3f;
        var items = new List<VItem>();
        for (int i = 0; i < list.Items.Count; i++)
        {
            var itemPath = StructNode.Extend(listPath, new StructNode(Tag.LI));
            var label = list.Ordered ? (list.Start + i).ToString(CultureInfo.InvariantCulture) + "." : "•";
            var body = Layout(list.Items[i], width - indent, StructNode.Extend(itemPath, new StructNode(Tag.LBody)));
            if (i > 0) items.Add(new VGlue(size * 0.3f));
            bool labelled = false;
            foreach (var item in body)
            {
                if (item is not VBox box) { items.Add(item); continue; }
                var shifted = Indent(box, indent);
                if (!labelled)
                {
                    labelled = true;
                    var metrics = context.Fonts.Metrics(context.Body);
                    float baseline = box.Inks.Texts().FirstOrDefault()?.Baseline
                        ?? (size * context.Theme.LineHeight - size * (metrics.Ascent + metrics.Descent)) / 2 + size * metrics.Ascent;
                    float labelWidth = context.Measure(label, context.Body, size);
                    float x = list.Ordered ? indent - labelWidth - size * 0.45f : size * 0.25f;
                    var ink = new TextInk(x, baseline, label, context.Body, size, list.Ordered ? context.Text : context.HeadingColor, labelWidth, null,
                        StructNode.Extend(itemPath, new StructNode(Tag.Lbl)));
                    shifted = shifted with { Inks = [ink, .. shifted.Inks] };
                }
                items.Add(shifted);
            }
            // An empty item still shows its bullet.
            if (!labelled)
                items.Add(new VBox(size * context.Theme.LineHeight, [new TextInk(0, size, label, context.Body, size, context.Text, 0, null, itemPath)]));
        }
        return items;
    }

    /// <summary>Moves a box right by dx; inks stay relative, so only the box origin changes.</summary>
    private static VBox Indent(VBox box, float dx) => box with
    {
        Inks = dx == 0 ? box.Inks : box.Inks.Moved(dx, 0),
        Split = box.Split is null ? null : h => box.Split(h) is { } parts ? (Indent(parts.Head, dx), Indent(parts.Tail, dx)) : null,
        RepeatHeader = box.RepeatHeader is null ? null : Indent(box.RepeatHeader, dx),
    };

    private IEnumerable<VItem> CodeLines(CodeBlock code, float width, StructNode[] path)
    {
        float pad = context.Theme.CodeSize * 0.8f;
        var fill = Rgb.Parse(context.Theme.CodeFill);
        var style = context.Paragraph(new FontFace(context.Theme.MonoFont), context.Theme.CodeSize, TextAlign.Left, leading: context.Theme.CodeSize * 1.35f)
            with { Hyphenate = false };
        var codePath = StructNode.Extend(StructNode.Extend(path, new StructNode(Tag.P)), new StructNode(Tag.Code));
        var inner = new List<VItem>();
        foreach (var raw in code.Text.TrimEnd('\n').Split('\n'))
        {
            var text = raw.Replace("\t", "    ").TrimEnd('\r');
            // Keep leading spaces: indentation is meaning in code.
            int lead = text.Length - text.TrimStart(' ').Length;
            float indent = context.Measure(new string(' ', lead), style.Face, style.Size);
            var lines = context.Set([new Span(text.TrimStart(' '))], style, width - 2 * pad - indent, codePath, code.Line);
            if (lines.Count == 0) inner.Add(new VBox(style.Leading, []));
            foreach (var line in lines) inner.Add(new VBox(line.Height, line.Inks.Moved(indent, 0)));
        }
        return Decorate(inner, pad, 0, pad, pad, width, fill, null, keepFirstLines: 2);
    }

    private IEnumerable<VItem> QuoteBoxes(Quote quote, float width, StructNode[] path)
    {
        float inset = context.Theme.BodySize * 1.4f;
        var inner = Layout(quote.Content, width - inset, StructNode.Extend(path, new StructNode(Tag.BlockQuote)));
        var bar = context.Rule;
        return Decorate(inner, inset, 0, 0, 0, width, null, (bar, 2f), keepFirstLines: 0);
    }

    private IEnumerable<VItem> CalloutBoxes(Callout callout, float width, StructNode[] path)
    {
        var theme = context.Theme;
        var (fill, accent) = callout.Kind switch
        {
            "bluf" => (theme.BlufFill, theme.BlufAccent),
            "warning" => (theme.WarningFill, theme.WarningAccent),
            _ => (theme.NoteFill, theme.NoteAccent),
        };
        var accentColor = Rgb.Parse(accent);
        float pad = theme.BodySize * 0.9f, left = pad + 3;
        var calloutPath = StructNode.Extend(path, new StructNode(Tag.Div, callout.Kind));
        var labelStyle = context.Paragraph(context.Heading, theme.BodySize * 0.82f, TextAlign.Left, accentColor) with { Hyphenate = false };
        var inner = Lines([new Span(context.Words.CalloutLabel(callout.Kind).ToUpperInvariant())], labelStyle, width - left - pad,
            StructNode.Extend(calloutPath, new StructNode(Tag.P)), callout.Line, keepAll: true);
        inner.Add(new VGlue(theme.BodySize * 0.2f));
        inner.AddRange(Layout(callout.Content, width - left - pad, calloutPath));
        return Decorate(inner, left, pad, pad, pad * 0.8f, width, Rgb.Parse(fill), (accentColor, 3f), keepFirstLines: 0);
    }

    /// <summary>
    /// Indents a container's content and paints its background and left bar on every box, so the
    /// container can break across pages and still look whole on each. Inner glue becomes a painted box.
    /// </summary>
    private static List<VItem> Decorate(List<VItem> inner, float left, float right, float top, float bottom, float width,
        Rgb? fill, (Rgb Color, float Width)? bar, int keepFirstLines)
    {
        var result = new List<VItem>(inner.Count + 2);
        if (top > 0) result.Add(new VBox(top, []) { KeepWithNext = true });
        int boxes = 0;
        foreach (var item in inner)
        {
            var box = item switch
            {
                VBox b => Indent(b, left),
                VGlue g => new VBox(g.Height, []),
                _ => null,
            };
            if (box is null) { result.Add(item); continue; }
            boxes++;
            if (keepFirstLines > 0 && boxes < keepFirstLines) box = box with { KeepWithNext = true };
            result.Add(box);
        }
        if (keepFirstLines > 0 && result.Count >= 2 && result[^2] is VBox beforeLast) result[^2] = beforeLast with { KeepWithNext = true };
        if (bottom > 0)
        {
            if (result.Count > 0 && result[^1] is VBox lastBox) result[^1] = lastBox with { KeepWithNext = true };
            result.Add(new VBox(bottom, []));
        }
        for (int i = 0; i < result.Count; i++)
        {
            if (result[i] is not VBox box) continue;
            var decoration = new List<Ink>(2);
            if (fill is { } f) decoration.Add(new RectInk(0, 0, width, box.Height, f));
            if (bar is { } b) decoration.Add(new RectInk(0, 0, b.Width, box.Height, b.Color));
            result[i] = box with { Inks = [.. decoration, .. box.Inks] };
        }
        return result;
    }

    private IEnumerable<VItem> FigureBoxes(Model.Figure figure, float width, StructNode[] path)
    {
        // 96 px per inch is how screens (and most authors) size images; never upscale beyond that.
        float w = Math.Min(width, figure.PixelWidth * 0.75f);
        float h = w * figure.PixelHeight / Math.Max(1, figure.PixelWidth);
        float maxHeight = context.BodyHeight * 0.8f;
        if (h > maxHeight) { w *= maxHeight / h; h = maxHeight; }
        float x = (width - w) / 2;
        var node = new StructNode(Tag.Figure, string.IsNullOrWhiteSpace(figure.Alt) ? "Image" : figure.Alt);
        var items = new List<VItem> { new VBox(h, [new ImageInk(x, 0, w, h, figure.Image, StructNode.Extend(path, node))]) { KeepWithNext = figure.Caption.Length > 0 } };
        if (figure.Caption.Length > 0)
        {
            items.Add(new VGlue(context.Theme.BodySize * 0.3f));
            var style = context.Paragraph(context.Sans.WithItalic(), context.Theme.FootnoteSize, TextAlign.Center, context.Muted);
            items.AddRange(Lines([new Span(figure.Caption)], style, width, StructNode.Extend(path, new StructNode(Tag.P)), figure.Line, keepAll: true));
            if (items[^1] is VBox lastCaption) items[^1] = lastCaption with { KeepWithNext = false };
        }
        return items;
    }
}
