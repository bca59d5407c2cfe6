using Briefings.Sources.Model;

namespace Briefings.Analysis;

/// <summary>
/// Marks the timeline entries the sources disagree about, and grades each entry's credibility.
/// An entry is disputed when its date conflicts with another entry's (see <see cref="DisagreementFinder"/>),
/// or when one of its reports rests on a claim that another claim in the case contradicts and no report
/// of this same entry rests on that other claim. The exception matters: two sources that contradict
/// each other about a launch can still agree on the day the site went offline, and that day is not in doubt.
/// </summary>
public static class DisputeMarker
{
    public static IReadOnlyList<TimelineEntry> Mark(Provenance provenance, IReadOnlyList<SourceDocument> documents, IReadOnlyList<TimelineEntry> timeline)
    {
        var contradictions = ContradictionLinks(documents);
        return timeline
            .Select(entry =>
            {
                var disputed = timeline.Any(other => !ReferenceEquals(other, entry) && DisagreementFinder.InConflict(entry, other))
                               || RestsOnContradictedClaim(entry, contradictions);
                var reports = entry.Reports
                    .Select(r => (new SourcedReport(r.Document, r.Event.Origin ?? ClaimOf(r)?.Origin), ClaimOf(r)?.Credibility))
                    .ToList();
                return entry with
                {
                    Disputed = disputed,
                    Support = provenance.Of(reports.Select(r => r.Item1)),
                    Credibility = CredibilityRule.Derive(provenance, reports, disputed),
                };
            })
            .ToList();
    }

    private static bool RestsOnContradictedClaim(TimelineEntry entry, ILookup<string, string> contradictions)
    {
        var claimsHere = entry.Reports.Select(ClaimKey).OfType<string>().ToHashSet(StringComparer.Ordinal);
        return claimsHere.Any(claim => contradictions[claim].Any(other => !claimsHere.Contains(other)));
    }

    /// <summary>Each `contradicts` link in both directions, between claims of the case.</summary>
    private static ILookup<string, string> ContradictionLinks(IReadOnlyList<SourceDocument> documents) =>
        DisagreementFinder.Contradictions(documents)
            .Select(d => (A: Key(d.Versions[0]), B: Key(d.Versions[1])))
            .SelectMany(p => new[] { (From: p.A, To: p.B), (From: p.B, To: p.A) })
            .ToLookup(p => p.From, p => p.To, StringComparer.Ordinal);

    private static string Key(DisagreementVersion v) => CorroborationFinder.Key(v.Document.Id, v.Claim!.Id);

    private static Claim? ClaimOf(EventReport report) =>
        report.Event.Claim is { } claim ? report.Document.FindClaim(claim.Text) : null;

    private static string? ClaimKey(EventReport report) =>
        report.Event.Claim is { } claim ? CorroborationFinder.Key(report.Document.Id, claim.Text) : null;
}
