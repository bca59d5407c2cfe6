namespace Briefings.Typesetting.Layout;

/// <summary>Tags of the PDF structure tree we emit (a subset of PDF/UA's standard types).</summary>
public enum Tag { H1, H2, H3, H4, H5, H6, P, L, LI, Lbl, LBody, Table, TR, TH, TD, Figure, BlockQuote, Code, Div, Toc, Toci, Reference, Note, Link, Span }

/// <summary>
/// One element of the structure tree. Identity matters: every mark that shares a node belongs to one
/// element, whichever page it lands on, so a paragraph or table broken across pages stays one element.
/// </summary>
public sealed class StructNode(Tag tag, string? alt = null)
{
    public Tag Tag { get; } = tag;

    /// <summary>A figure's alternative text, or a link's target ("#fn-1", a URL).</summary>
    public string? Alt { get; } = alt;

    /// <summary>The element's ID, which PDF/UA requires of a Note ("fn-1").</summary>
    public string? Id { get; init; }

    /// <summary>A header cell's scope ("Column" or "Row"), so a reader announces the header with each cell.</summary>
    public string? Scope { get; init; }

    /// <summary>A list's numbering ("Decimal" or "Disc"), so a reader can say "item 3 of 5".</summary>
    public string? Numbering { get; init; }

    /// <summary>What a reader says instead of the drawn text: a word broken by an added hyphen reads whole.</summary>
    public string? ActualText { get; init; }

    /// <summary>The language of the element's text when it differs from the document's (BCP 47).</summary>
    public string? Lang { get; init; }

    public static StructNode[] Extend(StructNode[] path, StructNode node) => [.. path, node];
}
