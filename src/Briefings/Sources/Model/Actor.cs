using Briefings.Typesetting;

namespace Briefings.Sources.Model;

/// <summary>An entry in sources/actors.yaml: someone who acts in events and is not a platform.</summary>
public sealed record Actor(string Id, string Name, ActorKind Kind, string? Note, Location At);
