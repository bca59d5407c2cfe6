using Briefings.Sources.Model;

namespace Briefings.Analysis;

/// <summary>
/// Finds where a case's sources disagree, in two ways (docs/analysis.md):
/// <list type="bullet">
/// <item>every `contradicts` link between two documents of the case, once, whichever side declared it;</item>
/// <item>every pair of timeline entries that are the same event except for dates that cannot be the same
/// day, unless a document behind either reports that event more than once (then it is describing
/// occurrences, not disagreeing).</item>
/// </list>
/// </summary>
public static class DisagreementFinder
{
    public static IReadOnlyList<Disagreement> Find(IReadOnlyList<SourceDocument> documents, IReadOnlyList<TimelineEntry> timeline) =>
        Contradictions(documents).Concat(DateConflicts(timeline)).Concat(Revisions(documents)).ToList();

    /// <summary>
    /// Every `revises` link between documents of the case: the earlier claim, then the later one that revises
    /// it. Later reporting that corrects a figure is not a disagreement between sources, so it never marks
    /// anything disputed.
    /// </summary>
    public static IReadOnlyList<Disagreement> Revisions(IReadOnlyList<SourceDocument> documents)
    {
        var inCase = documents.ToDictionary(d => d.Id, StringComparer.Ordinal);
        return documents
            .SelectMany(d => d.Claims.SelectMany(c => c.Revises.Select(link => (Document: d, Claim: c, Link: link))))
            .Where(r => inCase.TryGetValue(r.Link.Target, out var other) && other.FindClaim(r.Link.Item!) is not null)
            .Select(r => new Disagreement(DisagreementKind.Revision,
            [
                new(inCase[r.Link.Target], inCase[r.Link.Target].FindClaim(r.Link.Item!), null),
                new(r.Document, r.Claim, null),
            ]))
            .ToList();
    }

    /// <summary>Each link once, in the order of the case's sources; each pair's versions in that order too.</summary>
    public static IReadOnlyList<Disagreement> Contradictions(IReadOnlyList<SourceDocument> documents)
    {
        var inCase = documents.ToDictionary(d => d.Id, StringComparer.Ordinal);
        var order = documents.ToList();
        var seen = new HashSet<(string, string)>();
        var result = new List<Disagreement>();
        foreach (var document in documents)
        foreach (var claim in document.Claims)
        foreach (var link in claim.Contradicts)
        {
            if (!inCase.TryGetValue(link.Target, out var other) || other.FindClaim(link.Item!) is not { } otherClaim) continue;
            var a = CorroborationFinder.Key(document.Id, claim.Id);
            var b = link.Text;
            if (!seen.Add(string.CompareOrdinal(a, b) < 0 ? (a, b) : (b, a))) continue;
            DisagreementVersion[] versions = [new(document, claim, null), new(other, otherClaim, null)];
            result.Add(new Disagreement(DisagreementKind.Contradiction,
                versions.OrderBy(v => order.IndexOf(v.Document)).ToList()));
        }
        return result;
    }

    /// <summary>Entries in timeline order; each conflicting pair once, the earlier entry's version first.</summary>
    public static IReadOnlyList<Disagreement> DateConflicts(IReadOnlyList<TimelineEntry> timeline)
    {
        var result = new List<Disagreement>();
        for (var i = 0; i < timeline.Count; i++)
        for (var j = i + 1; j < timeline.Count; j++)
            if (InConflict(timeline[i], timeline[j]))
                result.Add(new Disagreement(DisagreementKind.Date,
                    [.. Versions(timeline[i]), .. Versions(timeline[j])]));
        return result;
    }

    public static bool InConflict(TimelineEntry a, TimelineEntry b) =>
        TimelineMerger.SameHappening(a.Lead.Event, b.Lead.Event)
        && !a.Date.Overlaps(b.Date)
        && !a.Reports.Concat(b.Reports).Any(ReportsItMoreThanOnce);

    /// <summary>
    /// A document that reports the same happening twice says it recurs (suspensions come in waves), so
    /// a third date from another source may be one more wave rather than a contradiction.
    /// </summary>
    private static bool ReportsItMoreThanOnce(EventReport report) =>
        report.Document.Events.Count(e => TimelineMerger.SameHappening(e, report.Event)) > 1;

    /// <summary>Every report merged into the entry: each document's own date and words.</summary>
    private static IEnumerable<DisagreementVersion> Versions(TimelineEntry entry) =>
        entry.Reports.Select(r => new DisagreementVersion(r.Document, null, r.Event));
}
