using Briefings.Typesetting;

namespace Briefings.Sources.Model;

/// <summary>An entry in sources/platforms.yaml: somewhere activity happens.</summary>
public sealed record Platform(string Id, string Name, PlatformKind Kind, string? BuiltWith, string? Note, Location At);
