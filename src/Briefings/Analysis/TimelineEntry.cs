using Briefings.Sources.Model;

namespace Briefings.Analysis;

/// <summary>
/// One event on the merged timeline, with every document that reports it. <see cref="Date"/> is the
/// most precise date any report gives; the reports keep their own dates and wording.
/// </summary>
public sealed record TimelineEntry(PartialDate Date, IReadOnlyList<EventReport> Reports)
{
    /// <summary>The report whose date the entry carries, and whose words describe it.</summary>
    public EventReport Lead => Reports[0];

    public EventAction Action => Lead.Event.Action;

    public IReadOnlyList<SourceDocument> Documents => Reports.Select(r => r.Document).Distinct().ToList();
}
