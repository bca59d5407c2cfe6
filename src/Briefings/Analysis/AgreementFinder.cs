using Briefings.Sources.Model;

namespace Briefings.Analysis;

/// <summary>
/// What the sources agree on: undisputed timeline entries reported by two or more documents, in date
/// order, then undisputed claims two or more documents make (`same_as`), in source order. A claim whose
/// every version only backs an agreed event is left out, because the event already says it.
/// </summary>
public static class AgreementFinder
{
    public static IReadOnlyList<Agreement> Find(IReadOnlyList<TimelineEntry> timeline, IReadOnlyList<Corroboration> claims)
    {
        var events = timeline.Where(e => e.Documents.Count >= 2 && !e.Disputed).ToList();
        var shownAsEvents = events
            .SelectMany(e => e.Reports)
            .Where(r => r.Event.Claim is not null)
            .Select(r => CorroborationFinder.Key(r.Document.Id, r.Event.Claim!.Text))
            .ToHashSet(StringComparer.Ordinal);

        return events
            .Select(e => new Agreement(e.Lead.Event.Text, e.Date, e.Documents, e.Support, e.Credibility, e.Doubtful))
            .Concat(claims
                .Where(c => c.Documents.Count >= 2 && !c.Contradicted)
                .Where(c => !c.Reports.All(r => shownAsEvents.Contains(CorroborationFinder.Key(r.Document.Id, r.Claim.Id))))
                .Select(c => new Agreement(c.Lead.Claim.Text, null, c.Documents, c.Support, c.Credibility, c.Doubtful)))
            .ToList();
    }
}
