using Briefings.Typesetting.Model;

namespace Briefings.Typesetting;

/// <summary>
/// What to typeset: Markdown text plus where it came from (for messages and relative images), and what a
/// caller hands over typed rather than as text: the document's metadata (used instead of front matter) and
/// figures, each placed by a <c>```figure id</c> fence and drawn by a renderer registered with the
/// <see cref="Typesetter"/>.
/// </summary>
public sealed record RenderRequest(string Markdown, string SourceName)
{
    /// <summary>Folder that relative image paths resolve against.</summary>
    public string BaseDirectory { get; init; } = ".";

    /// <summary>Date used when the front matter has none (from SOURCE_DATE_EPOCH); never the clock.</summary>
    public DateTimeOffset? FallbackDate { get; init; }

    /// <summary>Write PDF/A-2a (archival: an sRGB output intent, identified in XMP) as well as PDF/UA-1.</summary>
    public bool PdfA { get; init; }

    /// <summary>The document's metadata, when the caller has it typed; then the Markdown has no front matter.</summary>
    public DocumentMeta? Meta { get; init; }

    /// <summary>Figures by the id their <c>```figure id</c> fence names.</summary>
    public IReadOnlyDictionary<string, object> Figures { get; init; } = new Dictionary<string, object>();
}

/// <summary>The outcome of a render: bytes when it succeeded, and every diagnostic either way.</summary>
public sealed record RenderResult(byte[]? Bytes, IReadOnlyList<Diagnostic> Diagnostics, int PageCount = 0)
{
    public bool Succeeded => Bytes is not null;

    /// <summary>The files the document read besides its Markdown (its images, found or not): what a rebuild must watch.</summary>
    public IReadOnlyList<string> Inputs { get; init; } = [];
}
