using Briefings.Sources.Model;

namespace Briefings.Analysis;

/// <summary>
/// Puts the events of a case's documents on one timeline. Two reports are taken as the same event when
/// actor, action, platform and subject are equal and their dates could be the same day at the precision
/// each gives ("March 2015" and "8 March 2015" can; "8 March" and "9 March" cannot); a document never
/// merges with itself, since reporting an action twice means it happened twice. The merged entry carries
/// the most precise date; ties keep the order of the case's sources. docs/analysis.md states the rule.
/// </summary>
public static class TimelineMerger
{
    public static IReadOnlyList<TimelineEntry> Merge(IReadOnlyList<SourceDocument> documents)
    {
        var groups = new List<List<EventReport>>();
        foreach (var document in documents)
        foreach (var @event in document.Events)
        {
            var report = new EventReport(document, @event);
            var group = groups.FirstOrDefault(g => g.All(r => SameEvent(r.Event, @event) && r.Document.Id != document.Id));
            if (group is null) groups.Add([report]);
            else group.Add(report);
        }

        return groups
            .Select(g => g.OrderByDescending(r => r.Event.Date.Precision).ToList())
            .Select(g => new TimelineEntry(g[0].Event.Date, g))
            .OrderBy(e => e.Date)
            .ToList();
    }

    public static bool SameEvent(SourceEvent a, SourceEvent b) => SameHappening(a, b) && a.Date.Overlaps(b.Date);

    /// <summary>Who did what, where, to whom: everything that identifies an event except its date.</summary>
    public static bool SameHappening(SourceEvent a, SourceEvent b) =>
        a.Actor.Text == b.Actor.Text
        && a.Action == b.Action
        && a.Platform.Text == b.Platform.Text
        && a.Subject?.Text == b.Subject?.Text;
}
