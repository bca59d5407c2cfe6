using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Briefings.Typesetting.Text;

namespace Briefings.Typesetting.Layout;

/// <summary>
/// A compact, stable text form of a page plan: one line per page, placed box and mark, every length
/// rounded to 0.01 pt, written invariantly. Golden snapshots of it pin the layout, so speed work that
/// changes where anything lands shows up as a readable line diff rather than a different PDF.
/// Structure elements are numbered in order of first use ("P#12"): the same number on two pages is one
/// element, which pins how paragraphs and tables are kept whole across pages as well as their tags.
/// </summary>
public static class PagePlanText
{
    public static string Write(PagePlan plan)
    {
        var text = new StringBuilder();
        var nodes = new Dictionary<StructNode, int>(ReferenceEqualityComparer.Instance);
        text.Append("plan ").Append(N(plan.PageWidth)).Append('x').Append(N(plan.PageHeight))
            .Append(" text ").Append(N(plan.TextBox.Left)).Append(' ').Append(N(plan.TextBox.Top)).Append(' ')
            .Append(N(plan.TextBox.Right)).Append(' ').Append(N(plan.TextBox.Bottom)).Append('\n');
        foreach (var page in plan.Pages)
        {
            text.Append("page ").Append(page.Number).Append('\n');
            foreach (var box in page.Body) Box(text, "body", box, nodes);
            foreach (var box in page.Furniture) Box(text, "furniture", box, nodes);
        }
        foreach (var (id, target) in plan.Anchors.OrderBy(a => a.Key, StringComparer.Ordinal))
            text.Append("anchor ").Append(id).Append(" p").Append(target.Page).Append(' ').Append(N(target.Y)).Append(' ').Append(Quote(target.Label)).Append('\n');
        foreach (var (entry, target) in plan.Outline)
            text.Append("outline ").Append(entry.Level).Append(' ').Append(entry.Id).Append(" p").Append(target.Page).Append(' ').Append(N(target.Y))
                .Append(' ').Append(Quote(entry.Title)).Append('\n');
        return text.ToString();
    }

    private static void Box(StringBuilder text, string kind, PlacedBox placed, Dictionary<StructNode, int> nodes)
    {
        var box = placed.Box;
        text.Append("  ").Append(kind).Append(' ').Append(N(placed.X)).Append(' ').Append(N(placed.Y)).Append(" h ").Append(N(box.Height));
        if (box.KeepWithNext) text.Append(" keep");
        if (box.Footnotes.Count > 0) text.Append(" cites ").Append(string.Join(',', box.Footnotes));
        if (box.Anchors.Count > 0) text.Append(" anchors ").Append(string.Join(',', box.Anchors));
        text.Append('\n');
        foreach (var ink in box.Inks)
        {
            // A run's words are written one line each, as the TextInks they replaced were: snapshots pin what is drawn.
            if (ink is WordsInk words) foreach (var word in words.Texts()) Mark(text, word, nodes);
            else Mark(text, ink, nodes);
        }
    }

    private static void Mark(StringBuilder text, Ink ink, Dictionary<StructNode, int> nodes)
    {
        text.Append("    ");
        switch (ink)
        {
            case TextInk t:
                text.Append("text ").Append(N(t.X)).Append(' ').Append(N(t.Baseline)).Append(" w ").Append(N(t.Width)).Append(' ')
                    .Append(Face(t.Face)).Append(' ').Append(N(t.Size)).Append(' ').Append(Colour(t.Color));
                if (t.Link is { } link) text.Append(" link ").Append(link);
                text.Append(' ').Append(Quote(t.Text));
                break;
            case LineInk l:
                text.Append("line ").Append(N(l.X1)).Append(' ').Append(N(l.Y1)).Append(' ').Append(N(l.X2)).Append(' ').Append(N(l.Y2))
                    .Append(" t ").Append(N(l.Thickness)).Append(' ').Append(Colour(l.Color)).Append(l.Dashed ? " dashed" : "");
                break;
            case RectInk r:
                text.Append("rect ").Append(N(r.X)).Append(' ').Append(N(r.Y)).Append(' ').Append(N(r.Width)).Append(' ').Append(N(r.Height))
                    .Append(" fill ").Append(Colour(r.Fill)).Append(" stroke ").Append(Colour(r.Stroke)).Append(' ').Append(N(r.StrokeWidth)).Append(r.Dashed ? " dashed" : "");
                break;
            case EllipseInk e:
                text.Append("ellipse ").Append(N(e.X)).Append(' ').Append(N(e.Y)).Append(' ').Append(N(e.Width)).Append(' ').Append(N(e.Height))
                    .Append(" fill ").Append(Colour(e.Fill)).Append(" stroke ").Append(Colour(e.Stroke)).Append(' ').Append(N(e.StrokeWidth));
                break;
            case PolygonInk p:
                text.Append("polygon ").Append(string.Join(' ', p.Points.Select(N)))
                    .Append(" fill ").Append(Colour(p.Fill)).Append(" stroke ").Append(Colour(p.Stroke)).Append(' ').Append(N(p.StrokeWidth));
                break;
            case ImageInk i:
                text.Append("image ").Append(N(i.X)).Append(' ').Append(N(i.Y)).Append(' ').Append(N(i.Width)).Append(' ').Append(N(i.Height))
                    .Append(" sha256 ").Append(Convert.ToHexStringLower(SHA256.HashData(i.Image))[..16]);
                break;
            default:
                throw new InvalidOperationException($"no snapshot form for {ink.GetType().Name}");
        }
        if (ink.Path is { Length: > 0 } path)
        {
            text.Append(" @");
            foreach (var node in path) text.Append(' ').Append(Node(node, nodes));
        }
        text.Append('\n');
    }

    private static string Node(StructNode node, Dictionary<StructNode, int> nodes)
    {
        if (!nodes.TryGetValue(node, out var number)) nodes[node] = number = nodes.Count + 1;
        var text = new StringBuilder().Append(node.Tag).Append('#').Append(number);
        if (node.Alt is { } alt) text.Append("[alt=").Append(Quote(alt)).Append(']');
        if (node.Id is { } id) text.Append("[id=").Append(id).Append(']');
        if (node.Scope is { } scope) text.Append("[scope=").Append(scope).Append(']');
        if (node.Numbering is { } numbering) text.Append("[numbering=").Append(numbering).Append(']');
        if (node.ActualText is { } actual) text.Append("[actual=").Append(Quote(actual)).Append(']');
        if (node.Lang is { } lang) text.Append("[lang=").Append(lang).Append(']');
        return text.ToString();
    }

    private static string Face(FontFace face) => face.Family.Replace(' ', '_') + (face.Bold ? "/b" : "") + (face.Italic ? "/i" : "");

    private static string Colour(Rgb? colour) => colour is { } c ? Colour(c) : "none";

    private static string Colour(Rgb c) => $"#{c.R:x2}{c.G:x2}{c.B:x2}";

    /// <summary>0.01 pt: finer than any printer, coarser than float noise between equivalent computations.</summary>
    private static string N(float value)
    {
        var rounded = Math.Round(value, 2, MidpointRounding.AwayFromZero);
        return (rounded == 0 ? 0 : rounded).ToString("0.##", CultureInfo.InvariantCulture);
    }

    private static string Quote(string value) =>
        "\"" + value.Replace("\\", "\\\\").Replace("\"", "\\\"").Replace("\n", "\\n") + "\"";
}
