using System.Globalization;
using Briefings.Typesetting.Model;
using Briefings.Typesetting.Text;

namespace Briefings.Typesetting.Layout;

/// <summary>The title block on page one and the table of contents.</summary>
public sealed class FrontMatterLayouter(LayoutContext context, BlockLayouter blocks)
{
    public List<VItem> TitleBlock(DocumentMeta meta, float width)
    {
        var theme = context.Theme;
        var items = new List<VItem>();
        var title = context.Paragraph(context.Heading, theme.TitleSize, TextAlign.Left, context.HeadingColor, theme.TitleSize * 1.18f) with { Hyphenate = false };
        items.AddRange(blocks.Lines([new Span(meta.Title)], title, width, [new StructNode(Tag.H1)], 1, keepAll: true));
        if (meta.Subtitle is { Length: > 0 } subtitle)
        {
            items.Add(new VGlue(theme.SubtitleSize * 0.3f));
            var style = context.Paragraph(context.Sans, theme.SubtitleSize, TextAlign.Left, context.Muted, theme.SubtitleSize * 1.3f) with { Hyphenate = false };
            items.AddRange(blocks.Lines([new Span(subtitle)], style, width, [new StructNode(Tag.P)], 1, keepAll: true));
        }
        var byline = string.Join("  ·  ", new[] { meta.Author, meta.Date }.Where(s => !string.IsNullOrWhiteSpace(s)));
        if (byline.Length > 0)
        {
            items.Add(new VGlue(theme.BodySize * 0.5f));
            var style = context.Paragraph(context.Sans, theme.BodySize * 0.9f, TextAlign.Left, context.Text) with { Hyphenate = false };
            items.AddRange(blocks.Lines([new Span(byline)], style, width, [new StructNode(Tag.P)], 1, keepAll: true));
        }
        items.Add(new VBox(theme.BodySize * 1.6f, [new LineInk(0, theme.BodySize * 0.7f, width, theme.BodySize * 0.7f, 1.4f, context.HeadingColor)]));
        return items;
    }

    /// <summary>
    /// Contents with dot leaders and page numbers. On the first pass the numbers are unknown; the
    /// entries are the same height either way, so the second pass does not move anything.
    /// </summary>
    public List<VItem> Contents(IReadOnlyList<Heading> headings, IReadOnlyDictionary<string, AnchorTarget>? anchors, float width)
    {
        var theme = context.Theme;
        var items = new List<VItem>();
        var tocPath = new[] { new StructNode(Tag.Toc) };
        var heading = context.Paragraph(context.Heading, theme.HeadingSizes[1], TextAlign.Left, context.HeadingColor, theme.HeadingSizes[1] * 1.3f);
        items.AddRange(blocks.Lines([new Span(context.Words.Contents)], heading, width, [new StructNode(Tag.H2)], 1, keepAll: true));
        items.Add(new VGlue(theme.BodySize * 0.4f));
        float numberWidth = context.Measure("0000", context.Sans, theme.BodySize);
        foreach (var h in headings.Where(h => h.Level <= 2))
        {
            var entryPath = StructNode.Extend(StructNode.Extend(tocPath, new StructNode(Tag.Toci)), new StructNode(Tag.Reference));
            float indent = (h.Level - 1) * theme.BodySize * 1.4f;
            var face = h.Level == 1 ? context.Sans.WithBold() : context.Sans;
            var style = context.Paragraph(face, theme.BodySize, TextAlign.Left, context.Text) with { Hyphenate = false };
            var spans = h.Content.Select(s => s with { Link = "#" + h.Id, Style = s.Style & ~SpanStyle.Superscript }).ToList();
            var lines = context.Set(spans, style with { LinkColor = context.Text }, width - indent - numberWidth - 12, entryPath, h.Line);
            if (lines.Count == 0) continue;
            var number = anchors is not null && anchors.TryGetValue(h.Id, out var target) ? target.Page.ToString(CultureInfo.InvariantCulture) : "";
            for (int i = 0; i < lines.Count; i++)
            {
                var inks = lines[i].Inks.Moved(indent, 0);
                if (i == lines.Count - 1)
                {
                    float numberW = context.Measure(number, face, theme.BodySize);
                    float baseline = lines[i].Inks.Count > 0 ? lines[i].Inks[0].Baseline : theme.BodySize;
                    float dotsFrom = indent + lines[i].Width + 6, dotsTo = width - numberWidth - 4;
                    float dot = context.Measure(" .", context.Sans, theme.BodySize);
                    int count = (int)((dotsTo - dotsFrom) / dot);
                    if (count > 0)
                    {
                        var leader = string.Concat(Enumerable.Repeat(" .", count));
                        inks.Add(new TextInk(dotsTo - count * dot, baseline, leader, context.Sans, theme.BodySize, context.Muted, count * dot, null, null));
                    }
                    inks.Add(new TextInk(width - numberW, baseline, number, face, theme.BodySize, context.Text, numberW, "#" + h.Id,
                        StructNode.Extend(entryPath, new StructNode(Tag.Link, "#" + h.Id))));
                }
                items.Add(new VBox(lines[i].Height, inks) { KeepWithNext = i < lines.Count - 1 });
            }
            items.Add(new VGlue(theme.BodySize * 0.15f));
        }
        items.Add(new VGlue(theme.BodySize * 1.2f));
        return items;
    }
}
