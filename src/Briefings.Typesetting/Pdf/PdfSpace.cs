using Briefings.Typesetting.Layout;

namespace Briefings.Typesetting.Pdf;

/// <summary>
/// Layout measures y down from the page top; PDF measures it up from the page foot. Where a link or a
/// bookmark takes the reader is worked out here.
/// </summary>
internal static class PdfSpace
{
    /// <summary>A little air above a target, so the reader lands with the heading in view, not cut by the window edge.</summary>
    private const float Headroom = 12;

    /// <summary>The "top" of an XYZ destination that shows the anchor's line at the top of the window.</summary>
    public static double DestinationTop(PagePlan plan, AnchorTarget target) =>
        Math.Min(plan.PageHeight, plan.PageHeight - target.Y + Headroom);
}
