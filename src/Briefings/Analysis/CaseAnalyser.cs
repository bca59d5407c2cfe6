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
        var timeline = TimelineMerger.Merge(documents);
        var judgments = @case.Judgments
            .Select((j, i) => new JudgmentAnalysis(i + 1, j, resolver.Documents(j.BasedOn)))
            .ToList();

        StatementAnalysis Statement(Statement s) => new(
            s,
            resolver.Documents(s.BasedOn),
            s.BasedOn.Select(r => judgments.FirstOrDefault(j => r.Item is null && j.Judgment.Id == r.Text)?.Number)
                .OfType<int>().Distinct().Order().ToList());

        var paths = @case.Paths.Select(p => AnalysePath(library, resolver, timeline, documents, p)).ToList();

        return new CaseAnalysis(
            @case,
            documents,
            Statement(@case.BottomLine),
            judgments,
            Bans(paths, timeline),
            paths,
            timeline,
            Disagreements(documents),
            Unknowns(documents, @case, resolver),
            @case.Implications.Select(Statement).ToList(),
            @case.Recommendations.Select(Statement).ToList(),
            PlatformsOf(library, @case, timeline));
    }

    private static PathAnalysis AnalysePath(
        SourceLibrary library, EvidenceResolver resolver, IReadOnlyList<TimelineEntry> timeline,
        IReadOnlyList<SourceDocument> documents, DisplacementPath path)
    {
        var from = path.From.Select(r => library.FindPlatform(r.Text)!).ToList();
        var to = library.FindPlatform(path.To.Text)!;
        var fromIds = from.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);

        var triggers = path.Trigger.Select(r => TriggerReport(resolver.Resolve(r))).ToList();
        var launch = timeline.FirstOrDefault(e => e.Action == EventAction.Launched && e.Lead.Event.Platform.Text == to.Id);

        // Only a ban known to be no later than the launch can have set it off; "March 2015" against a
        // launch on 8 March might be after it, so it does not count.
        var ban = launch is null
            ? null
            : timeline.LastOrDefault(e => BanActions.Contains(e.Action)
                                          && fromIds.Contains(e.Lead.Event.Platform.Text)
                                          && e.Date.Latest <= launch.Date.Latest);
        var daysFromBan = ban is not null && launch is not null ? DaySpan.Between(ban.Date, launch.Date) : (DaySpan?)null;

        var measures = documents
            .Select(d => Measure(d, to))
            .Where(m => m.Launched is not null || m.WentOffline is not null)
            .ToList();

        var cited = resolver.Documents(path.Trigger.Concat(path.BasedOn));
        return new PathAnalysis(path, from, to, triggers, launch, ban, daysFromBan, measures, cited);
    }

    private static BanReport TriggerReport(Evidence evidence)
    {
        var document = evidence.Document!;
        if (evidence.Event is { } e) return new BanReport(e.Text, e.Date, e.AsReported, [document]);
        if (evidence.Claim is { } c) return new BanReport(c.Text, null, null, [document]);
        return new BanReport(document.Summary, null, null, [document]);
    }

    private static PathMeasure Measure(SourceDocument document, Platform to)
    {
        var launched = document.Events.FirstOrDefault(e => e.Action == EventAction.Launched && e.Platform.Text == to.Id);
        var offline = document.Events.FirstOrDefault(e => e.Action == EventAction.WentOffline && e.Platform.Text == to.Id);
        var days = launched is not null && offline is not null ? DaySpan.Between(launched.Date, offline.Date) : (DaySpan?)null;
        return new PathMeasure(document, launched, offline, days);
    }

    /// <summary>The bans the brief lists: every path's triggers, then dated ban events on platforms activity left.</summary>
    private static IReadOnlyList<BanReport> Bans(IReadOnlyList<PathAnalysis> paths, IReadOnlyList<TimelineEntry> timeline)
    {
        var fromIds = paths.SelectMany(p => p.From).Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        var triggers = paths.SelectMany(p => p.Triggers);
        var events = timeline
            .Where(e => BanActions.Contains(e.Action) && fromIds.Contains(e.Lead.Event.Platform.Text))
            .Select(e => new BanReport(e.Lead.Event.Text, e.Date, e.Lead.Event.AsReported, e.Documents));
        return triggers.Concat(events).DistinctBy(b => (b.Text, b.Date)).ToList();
    }

    /// <summary>Each `contradicts` link once, whichever side declared it, in source order.</summary>
    private static IReadOnlyList<Disagreement> Disagreements(IReadOnlyList<SourceDocument> documents)
    {
        var inCase = documents.ToDictionary(d => d.Id, StringComparer.Ordinal);
        var seen = new HashSet<(string, string)>();
        var result = new List<Disagreement>();
        foreach (var document in documents)
        foreach (var claim in document.Claims)
        foreach (var link in claim.Contradicts)
        {
            if (!inCase.TryGetValue(link.Target, out var other) || other.FindClaim(link.Item!) is not { } otherClaim) continue;
            var a = $"{document.Id}#{claim.Id}";
            var b = link.Text;
            var key = string.CompareOrdinal(a, b) < 0 ? (a, b) : (b, a);
            if (!seen.Add(key)) continue;
            result.Add(new Disagreement([new ClaimReport(document, claim), new ClaimReport(other, otherClaim)]));
        }
        return result;
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
