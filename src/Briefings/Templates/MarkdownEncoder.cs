using System.Text;
using HandlebarsDotNet;

namespace Briefings.Templates;

/// <summary>
/// Handlebars' encoder for `{{value}}`: Markdown escaping in place of its default HTML escaping, so every
/// value a template inserts prints literally. Helpers that produce Markdown on purpose (footnote
/// citations, front matter) write it as a safe string and bypass this.
/// </summary>
internal sealed class MarkdownEncoder : ITextEncoder
{
    public void Encode(StringBuilder? text, TextWriter target) => target.Write(MarkdownText.Escape(text?.ToString() ?? ""));

    public void Encode(string? text, TextWriter target) => target.Write(MarkdownText.Escape(text ?? ""));

    public void Encode<T>(T? text, TextWriter target) where T : IEnumerator<char>
    {
        var buffer = new StringBuilder();
        while (text is not null && text.MoveNext()) buffer.Append(text.Current);
        target.Write(MarkdownText.Escape(buffer.ToString()));
    }
}
