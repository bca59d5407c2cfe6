namespace Briefings.Typesetting.Layout;

/// <summary>The vertical list a document becomes before it is cut into pages (TeX's model).</summary>
public abstract record VItem;

/// <summary>Space between blocks: a legal break point, dropped when it falls at the top of a page.</summary>
public sealed record VGlue(float Height) : VItem;

/// <summary>An explicit page break from the author.</summary>
public sealed record VPageBreak : VItem;

/// <summary>A heading as the outline and the table of contents see it.</summary>
public sealed record OutlineEntry(int Level, string Title, string Id);

/// <summary>
/// An unbreakable piece of content: a line of text, a table row, a figure. The paginator may break
/// after it unless KeepWithNext (headings, widow/orphan lines, a table's header row).
/// </summary>
public sealed record VBox(float Height, IReadOnlyList<Ink> Inks) : VItem
{
    public bool KeepWithNext { get; init; }
    /// <summary>Footnote numbers cited on this line; their text must start on the same page.</summary>
    public IReadOnlyList<int> Footnotes { get; init; } = [];
    public IReadOnlyList<string> Anchors { get; init; } = [];
    public OutlineEntry? Outline { get; init; }
    /// <summary>For a table row: the header row to repeat when the row opens a page.</summary>
    public VBox? RepeatHeader { get; init; }
    /// <summary>Cuts a box taller than a page into a first part at most the given height and the rest.</summary>
    public Func<float, (VBox Head, VBox Tail)?>? Split { get; init; }
}
