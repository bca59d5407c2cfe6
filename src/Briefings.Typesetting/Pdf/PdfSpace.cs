using Briefings.Typesetting.Layout;
using PdfSharp.Pdf;

namespace Briefings.Typesetting.Pdf;

/// <summary>
/// Layout measures y down from the page top; PDF measures it up from the page foot, and PDFsharp
/// passes destinations and rectangles through unflipped. Every such value goes through here.
/// </summary>
internal static class PdfSpace
{
    /// <summary>A little air above a target, so the reader lands with the heading in view, not cut by the window edge.</summary>
    private const float Headroom = 12;

    /// <summary>The "top" of an XYZ destination that shows the anchor's line at the top of the window.</summary>
    public static double DestinationTop(PagePlan plan, AnchorTarget target) =>
        Math.Min(plan.PageHeight, plan.PageHeight - target.Y + Headroom);

    /// <summary>[page /XYZ 0 top 0]: the target's line at the top of the window, the zoom left as it is.</summary>
    public static PdfArray Destination(PdfPage page, PagePlan plan, AnchorTarget target) =>
        new(page.Owner, page.Reference!, new PdfName("/XYZ"), new PdfInteger(0), new PdfReal(DestinationTop(plan, target)), new PdfInteger(0));
}
