namespace Briefings.Templates;

/// <summary>One template file: the name partials are called by, the path to print, and its text.</summary>
public sealed record TemplateFile(string Name, string Path, string Text);
