using Briefings.Problems;

namespace Briefings.Templates;

/// <summary>The Markdown a template set produced, or the located problems that stopped it (warnings either way).</summary>
public sealed record RenderedMarkdown(string? Markdown, IReadOnlyList<Problem> Problems)
{
    public bool Succeeded => Markdown is not null;
}
