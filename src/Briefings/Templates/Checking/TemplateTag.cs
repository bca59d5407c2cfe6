namespace Briefings.Templates.Checking;

/// <summary>
/// One {{…}} in a template: its kind, its content with sigils and whitespace control removed, and the
/// offset of that content in the file, so each word in it can be located exactly.
/// </summary>
public sealed record TemplateTag(TagKind Kind, string Content, int ContentOffset, int TagOffset);
