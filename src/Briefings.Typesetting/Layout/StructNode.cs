namespace Briefings.Typesetting.Layout;

/// <summary>Tags of the PDF structure tree we emit (a subset of PDF/UA's standard types).</summary>
public enum Tag { H1, H2, H3, H4, H5, H6, P, L, LI, Lbl, LBody, Table, TR, TH, TD, Figure, BlockQuote, Code, Div, Toc, Toci, Note, Link }

/// <summary>
/// One element of the structure tree. Identity matters: consecutive marks that share a node are
/// grouped under one element when the page is painted.
/// </summary>
public sealed class StructNode(Tag tag, string? alt = null)
{
    public Tag Tag { get; } = tag;
    public string? Alt { get; } = alt;

    public static StructNode[] Extend(StructNode[] path, StructNode node) => [.. path, node];
}
