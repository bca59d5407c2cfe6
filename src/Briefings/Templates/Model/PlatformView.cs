namespace Briefings.Templates.Model;

/// <summary>A platform as the brief names it.</summary>
public sealed record PlatformView(string Id, string Name, string Kind, string? BuiltWith);
