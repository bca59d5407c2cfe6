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

    /// <summary>The independent origins behind the reports; set by <see cref="DisputeMarker"/> with the rest of the grading.</summary>
    public Support Support { get; init; } = Support.None;

    public int IndependentSources => Support.IndependentOrigins;

    /// <summary>
    /// When it happened, as far as the reports tell: its date, unless every report gives only the date it
    /// was first reported, in which case it happened by then ("by October").
    /// </summary>
    public bool FirstReported => Reports.All(r => r.Event.FirstReported);

    /// <summary>Graded 4 to 6, or resting on one weak source: printed with its standing.</summary>
    public bool Doubtful => CredibilityRule.IsDoubtful(Credibility, Support);

    /// <summary>
    /// Whether the sources disagree about this event (its date conflicts with another entry's, or a report
    /// rests on a contradicted claim); set by <see cref="DisputeMarker"/>, false straight from the merger.
    /// </summary>
    public bool Disputed { get; init; }

    /// <summary>Admiralty credibility by <see cref="CredibilityRule"/>, from the claims the reports rest on; null when none is graded.</summary>
    public int? Credibility { get; init; }
}
