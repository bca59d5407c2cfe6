using Briefings.Sources.Model;

namespace Briefings.Analysis;

/// <summary>
/// Reports that are not independent of each other, counted as one origin. <see cref="Shared"/> is the
/// report every one of them rests on, when there is one ("one Reuters story"); otherwise they share a
/// publisher (<see cref="SharedPublisher"/>) or are linked only through each other.
/// </summary>
public sealed record OriginGroup(IReadOnlyList<SourceDocument> Documents, OriginNode? Shared, string? SharedPublisher);

/// <summary>
/// What something rests on: its documents, grouped into independent origins. Every count the brief prints
/// is <see cref="IndependentOrigins"/>, and every group of more than one report is named.
/// </summary>
public sealed record Support(IReadOnlyList<SourceDocument> Documents, IReadOnlyList<OriginGroup> Groups)
{
    public static readonly Support None = new([], []);

    public int IndependentOrigins => Groups.Count;

    /// <summary>The groups of more than one document: what the brief says rest on one origin.</summary>
    public IReadOnlyList<OriginGroup> SharedOrigins => Groups.Where(g => g.Documents.Count > 1).ToList();
}
