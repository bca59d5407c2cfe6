using System.Collections.Frozen;
using Briefings.Sources.Model;

namespace Briefings.Analysis;

/// <summary>
/// Case file + library → <see cref="CaseAnalysis"/>. A pure function of validated input: run validation
/// first, because an unresolved reference here is treated as a bug, not a user error.
/// </summary>
public static class CaseAnalyser
{
    /// <summary>Actions that take something away from a group on a platform: what the brief calls bans.</summary>
    public static readonly IReadOnlySet<EventAction> BanActions = new[]
    {
        EventAction.AnnouncedBan, EventAction.Banned, EventAction.SuspendedAccounts, EventAction.LostHosting, EventAction.Blocked,
    }.ToFrozenSet();

    public static CaseAnalysis Analyse(SourceLibrary library, CaseFile @case)
    {
        var documents = @case.Sources.Select(s => library.FindDocument(s.Text)
            ?? throw new InvalidOperationException($"case '{@case.Id}' names unknown document '{s}'")).ToList();
        var resolver = new EvidenceResolver(library, @case);
        var provenance = new Provenance(library);
        var timeline = DisputeMarker.Mark(provenance, documents, TimelineMerger.Merge(documents));
        var corroborations = CorroborationFinder.Find(provenance, documents);
        var judgments = @case.Judgments
            .Select((j, i) => new JudgmentAnalysis(i + 1, j, resolver.Documents(j.BasedOn), provenance.Of(resolver.Reports(j.BasedOn))))
            .ToList();

        StatementAnalysis Statement(Statement s) => new(
            s,
            resolver.Documents(s.BasedOn),
            s.BasedOn.Select(r => judgments.FirstOrDefault(j => r.Item is null && j.Judgment.Id == r.Text)?.Number)
                .OfType<int>().Distinct().Order().ToList());

        var paths = @case.Paths.Select(p => PathMeasurer.Measure(library, resolver, timeline, documents, corroborations, p)).ToList();

        return new CaseAnalysis(
            @case,
            documents,
            Statement(@case.BottomLine),
            judgments,
            Bans(paths, timeline),
            paths,
            timeline,
            DisagreementFinder.Find(documents, timeline),
            Unknowns(documents, @case, resolver),
            @case.Implications.Select(Statement).ToList(),
            @case.Recommendations.Select(Statement).ToList(),
            PlatformsOf(library, @case, timeline),
            corroborations,
            AgreementFinder.Find(timeline, corroborations),
            provenance.Of(documents));
    }

    /// <summary>
    /// The bans the brief lists: every path's triggers and every ban event on a platform activity left.
    /// Undated triggers come first; the dated bans follow in date order, whichever path named them, because
    /// a list of dates reads as a chronology (a later path's trigger must not come before an earlier ban).
    /// </summary>
    private static IReadOnlyList<BanReport> Bans(IReadOnlyList<PathAnalysis> paths, IReadOnlyList<TimelineEntry> timeline)
    {
        var fromIds = paths.SelectMany(p => p.From).Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        var triggers = paths.SelectMany(p => p.Triggers);
        var events = timeline
            .Where(e => BanActions.Contains(e.Action) && fromIds.Contains(e.Lead.Event.Platform.Text))
            .Select(e => new BanReport(e.Lead.Event.Text, e.Date, e.Lead.Event.AsReported, e.Documents)
                { Support = e.Support, Credibility = e.Credibility });
        var bans = triggers.Concat(events).DistinctBy(b => (b.Text, b.Date)).ToList();
        return bans.Where(b => b.Date is null)
            .Concat(bans.Where(b => b.Date is not null).OrderBy(b => b.Date!.Value))
            .ToList();
    }

    private static IReadOnlyList<UnknownItem> Unknowns(IReadOnlyList<SourceDocument> documents, CaseFile @case, EvidenceResolver resolver) =>
        @case.Unknowns.Select(u => new UnknownItem(u.Text, resolver.Documents(u.BasedOn)))
            .Concat(documents.SelectMany(d => d.Unknowns.Select(u => new UnknownItem(u, [d]))))
            .ToList();

    /// <summary>The platforms the brief mentions: those on its paths, then those its events happen on.</summary>
    private static IReadOnlyList<Platform> PlatformsOf(SourceLibrary library, CaseFile @case, IReadOnlyList<TimelineEntry> timeline) =>
        @case.Paths.SelectMany(p => p.From.Append(p.To))
            .Concat(timeline.Select(e => e.Lead.Event.Platform))
            .Select(r => r.Text)
            .Distinct()
            .Select(id => library.FindPlatform(id))
            .OfType<Platform>()
            .ToList();
}
