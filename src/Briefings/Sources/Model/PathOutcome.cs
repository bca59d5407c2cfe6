namespace Briefings.Sources.Model;

/// <summary>Where a displacement path stands: the destination is gone, still running, or nobody knows.</summary>
public enum PathOutcome { Offline, Persisting, Unknown }
