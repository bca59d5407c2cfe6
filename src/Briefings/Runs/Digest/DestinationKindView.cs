namespace Briefings.Runs.Digest;

/// <summary>Paths of the month by the kind of place activity went to, and how they ended.</summary>
public sealed record DestinationKindView(string Kind, int Paths, int Offline, int Persisting, int Unknown);
