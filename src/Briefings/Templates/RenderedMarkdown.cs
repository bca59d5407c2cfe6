using Briefings.Problems;
using Briefings.Typesetting.Model;

namespace Briefings.Templates;

/// <summary>
/// A template's output: the Markdown (null when it could not be rendered), the document's metadata and the
/// figures it placed, handed to the engine typed, and every problem found on the way.
/// </summary>
public sealed record RenderedMarkdown(string? Markdown, IReadOnlyList<Problem> Problems)
{
    public bool Succeeded => Markdown is not null;

    /// <summary>From <c>{{ document {…} }}</c>; null when the template gave none.</summary>
    public DocumentMeta? Meta { get; init; }

    /// <summary>The figures placed by <c>{{ figure … }}</c>, by the id their <c>```figure id</c> fence names.</summary>
    public IReadOnlyDictionary<string, object> Figures { get; init; } = new Dictionary<string, object>();
}
