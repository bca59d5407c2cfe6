namespace Briefings.Templates;

/// <summary>
/// Markdown written on purpose (a partial's output, footnote citations, a link, a figure's place): the one
/// kind of value <see cref="MarkdownContext"/> writes without escaping.
/// </summary>
public sealed record RawMarkdown(string Text)
{
    public override string ToString() => Text;
}
