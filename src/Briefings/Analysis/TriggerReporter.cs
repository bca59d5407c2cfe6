using Briefings.Sources.Model;

namespace Briefings.Analysis;

/// <summary>
/// A path's trigger → <see cref="BanReport"/>. The trigger names one document's event or claim, but the
/// brief cites every source that reports that ban, so the report is built from what the trigger belongs
/// to: an event's merged timeline entry, a claim's `same_as` group. Naming one report of a ban as the
/// trigger says which ban; it does not make the other reports of it less of a source.
/// </summary>
public static class TriggerReporter
{
    public static BanReport Report(Evidence evidence, IReadOnlyList<TimelineEntry> timeline, IReadOnlyList<Corroboration> corroborations)
    {
        var document = evidence.Document!;
        if (evidence.Event is { } e)
        {
            // Worded and dated as the timeline entry is, so the bans list sees one ban, not two.
            var entry = timeline.First(t => t.Reports.Any(r => r.Document.Id == document.Id && r.Event.Id == e.Id));
            return new BanReport(entry.Lead.Event.Text, entry.Date, entry.Lead.Event.AsReported, entry.Documents)
                { Support = entry.Support, Credibility = entry.Credibility };
        }
        if (evidence.Claim is { } c)
        {
            var group = corroborations.First(g => g.Reports.Any(r => r.Document.Id == document.Id && r.Claim.Id == c.Id));
            return new BanReport(group.Lead.Claim.Text, null, null, group.Documents)
                { Support = group.Support, Credibility = group.Credibility };
        }
        return new BanReport(document.Summary, null, null, [document]);
    }
}
