namespace Briefings.Typesetting.Model;

[Flags]
public enum SpanStyle { None = 0, Bold = 1, Italic = 2, Code = 4, Superscript = 8 }

/// <summary>A run of inline text in one style. Link is "#anchor" for internal targets or an absolute URL.</summary>
public sealed record Span(string Text, SpanStyle Style = SpanStyle.None, string? Link = null)
{
    public const string LineBreak = "\n";
}
