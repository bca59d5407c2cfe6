using Briefings.Figures;
using Briefings.Typesetting;
using Briefings.Typesetting.Markdown;
using Briefings.Typesetting.Model;

namespace Briefings.Templates;

/// <summary>
/// A template's output: the Markdown (null when it could not be rendered), the document's metadata and the
/// figures it placed, handed to the engine typed, and every problem found on the way.
/// </summary>
public sealed record RenderedMarkdown(string? Markdown, IReadOnlyList<Diagnostic> Problems)
{
    public bool Succeeded => Markdown is not null;

    /// <summary>From <c>{{ document {…} }}</c>; null when the template gave none.</summary>
    public DocumentMeta? Meta { get; init; }

    /// <summary>The figures placed by <c>{{ figure … }}</c>, by the id their <c>```figure id</c> fence names.</summary>
    public IReadOnlyDictionary<string, object> Figures { get; init; } = new Dictionary<string, object>();

    /// <summary>The whole output as one Markdown file that `render` typesets alone: front matter and chart fences written out.</summary>
    public string Standalone() =>
        StandaloneMarkdown.Write(new RenderRequest(Markdown ?? "", "") { Meta = Meta, Figures = Figures }, BriefFigures.Renderers);
}
