using Briefings.Sources.Model;

namespace Briefings.Analysis;

/// <summary>
/// How many independent sources a set of documents amounts to. Two documents from the same publisher
/// count once: a paper repeating its own earlier story confirms nothing. The summaries record no
/// other shared origin, so documents from different publishers count as independent (docs/analysis.md
/// says so, so a reader can weigh it).
/// </summary>
public static class SourceIndependence
{
    public static int Count(IEnumerable<SourceDocument> documents) =>
        documents.Select(Origin).Distinct(StringComparer.OrdinalIgnoreCase).Count();

    /// <summary>What makes two documents one source: the publisher, compared without case or spacing.</summary>
    public static string Origin(SourceDocument document) =>
        string.Join(' ', document.Publisher.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
