namespace Briefings.Typesetting;

/// <summary>What to typeset: Markdown text plus where it came from (for messages and relative images).</summary>
public sealed record RenderRequest(string Markdown, string SourceName)
{
    /// <summary>Folder that relative image paths resolve against.</summary>
    public string BaseDirectory { get; init; } = ".";

    /// <summary>Date used when the front matter has none (from SOURCE_DATE_EPOCH); never the clock.</summary>
    public DateTimeOffset? FallbackDate { get; init; }

    /// <summary>Write PDF/A-2a (archival: an sRGB output intent, identified in XMP) as well as PDF/UA-1.</summary>
    public bool PdfA { get; init; }
}

/// <summary>The outcome of a render: bytes when it succeeded, and every diagnostic either way.</summary>
public sealed record RenderResult(byte[]? Bytes, IReadOnlyList<Diagnostic> Diagnostics, int PageCount = 0)
{
    public bool Succeeded => Bytes is not null;
}
