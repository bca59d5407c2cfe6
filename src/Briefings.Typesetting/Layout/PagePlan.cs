using Briefings.Typesetting.Model;

namespace Briefings.Typesetting.Layout;

/// <summary>A box at its place on a page, in points from the page's top-left corner.</summary>
public sealed record PlacedBox(VBox Box, float X, float Y);

/// <summary>
/// Where an anchor (heading id, footnote) landed: for links, the outline and the table of contents. Y is
/// from the page top, like all layout; Label describes the target to a reader ("Section: Methods").
/// </summary>
public sealed record AnchorTarget(int Page, float Y, string Label = "");

/// <summary>One page: the body, the footnotes at its foot, and the running furniture (artifacts).</summary>
public sealed record PlannedPage(int Number, IReadOnlyList<PlacedBox> Body, IReadOnlyList<PlacedBox> Furniture);

/// <summary>The whole document laid out: everything the painter needs, and what layout tests inspect.</summary>
public sealed record PagePlan(DocumentMeta Meta, float PageWidth, float PageHeight, (float Left, float Top, float Right, float Bottom) TextBox,
    IReadOnlyList<PlannedPage> Pages, IReadOnlyDictionary<string, AnchorTarget> Anchors, IReadOnlyList<(OutlineEntry Entry, AnchorTarget Target)> Outline);
