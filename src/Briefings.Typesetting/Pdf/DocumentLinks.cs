using Briefings.Typesetting.Layout;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Briefings.Typesetting.Pdf;

/// <summary>
/// The document's link annotations, numbered in the order they are made: to a web address, or to an
/// anchor, whose page and height are filled in once every page exists.
/// </summary>
internal sealed class DocumentLinks(PagePlan plan)
{
    private readonly List<(LinkAnnotation Link, AnchorTarget Target)> _internal = [];
    private int _count;

    /// <summary>A link over a run of text (a rectangle in layout space), described for a reader; none to an anchor that does not exist.</summary>
    public LinkAnnotation? Over(XRect rect, string target)
    {
        var pdfRect = new PdfRectangle(new XPoint(rect.Left, plan.PageHeight - rect.Bottom), new XPoint(rect.Right, plan.PageHeight - rect.Top));
        if (!target.StartsWith('#')) return new LinkAnnotation(pdfRect, target, ++_count, uri: target);
        if (!plan.Anchors.TryGetValue(target[1..], out var anchor)) return null;
        var link = new LinkAnnotation(pdfRect, anchor.Label.Length > 0 ? anchor.Label : target[1..], ++_count, uri: null);
        _internal.Add((link, anchor)); // the target page may not exist yet
        return link;
    }

    /// <summary>Points every internal link at its target, now that the pages exist.</summary>
    public void Land(IReadOnlyList<PageObject> pages)
    {
        foreach (var (link, target) in _internal) link.Destination = (pages[target.Page - 1], PdfSpace.DestinationTop(plan, target));
    }
}
