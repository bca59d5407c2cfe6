using Briefings.Typesetting.Charts;

namespace Briefings.Typesetting.Model;

/// <summary>A block of the document, with the source line it came from (for diagnostics).</summary>
public abstract record Block(int Line);

public sealed record Heading(int Line, int Level, IReadOnlyList<Span> Content, string Id) : Block(Line)
{
    public string PlainText => string.Concat(Content.Select(s => s.Text));
}

public sealed record Paragraph(int Line, IReadOnlyList<Span> Content) : Block(Line);

public sealed record ListBlock(int Line, bool Ordered, int Start, IReadOnlyList<IReadOnlyList<Block>> Items) : Block(Line);

public enum ColumnAlign { Left, Center, Right }

public sealed record Table(int Line, IReadOnlyList<IReadOnlyList<Span>> Header, IReadOnlyList<IReadOnlyList<IReadOnlyList<Span>>> Rows,
    IReadOnlyList<ColumnAlign> Align) : Block(Line)
{
    public int Columns => Align.Count;
}

public sealed record CodeBlock(int Line, string Text) : Block(Line);

public sealed record Quote(int Line, IReadOnlyList<Block> Content) : Block(Line);

/// <summary>A boxed aside: bluf (bottom line up front), note or warning.</summary>
public sealed record Callout(int Line, string Kind, IReadOnlyList<Block> Content) : Block(Line);

public sealed record ThematicBreak(int Line) : Block(Line);

public sealed record PageBreak(int Line) : Block(Line);

/// <summary>A raster image (PNG or JPEG) with its alternative text and intrinsic size in pixels.</summary>
public sealed record Figure(int Line, byte[] Image, string Alt, int PixelWidth, int PixelHeight, string Caption) : Block(Line);

public sealed record ChartBlock(int Line, ChartSpec Spec) : Block(Line);

/// <summary>A footnote, numbered in order of first citation.</summary>
/// <param name="Line">Where the footnote's text is defined, for its diagnostics.</param>
public sealed record Footnote(int Number, IReadOnlyList<Span> Content, int Line);

public sealed record Document(DocumentMeta Meta, IReadOnlyList<Block> Blocks, IReadOnlyList<Footnote> Footnotes)
{
    /// <summary>Every image file the Markdown refers to (found or not), so a watcher knows what else to watch.</summary>
    public IReadOnlyList<string> Images { get; init; } = [];
}
