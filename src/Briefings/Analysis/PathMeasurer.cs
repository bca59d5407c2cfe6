using Briefings.Sources.Model;

namespace Briefings.Analysis;

/// <summary>
/// A displacement path → <see cref="PathAnalysis"/>: the bans that set it off, the destination's launch
/// and end on the merged timeline, what each source says about how long it lasted, and the
/// <see cref="DisplacementMetrics"/> that follow. The rules are in docs/analysis.md.
/// </summary>
public static class PathMeasurer
{
    public static PathAnalysis Measure(
        SourceLibrary library, EvidenceResolver resolver, IReadOnlyList<TimelineEntry> timeline,
        IReadOnlyList<SourceDocument> documents, IReadOnlyList<Corroboration> corroborations, DisplacementPath path)
    {
        var from = path.From.Select(r => library.FindPlatform(r.Text)!).ToList();
        var to = library.FindPlatform(path.To.Text)!;
        var fromIds = from.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        var onDestination = timeline.Where(e => e.Lead.Event.Platform.Text == to.Id).ToList();

        var triggers = path.Trigger.Select(r => TriggerReporter.Report(resolver.Resolve(r), timeline, corroborations)).ToList();
        var launch = onDestination.FirstOrDefault(e => e.Action == EventAction.Launched);
        // An existing platform is not launched: activity arrives there, and ends when the platform bans it.
        var arrival = launch ?? onDestination.FirstOrDefault(e => e.Action == EventAction.Migrated);

        // Only a ban that can have come before the arrival can have set it off; "March 2015" against a
        // launch on 8 March might be after it, so it does not count.
        var before = arrival is null
            ? []
            : timeline.Where(e => CaseAnalyser.BanActions.Contains(e.Action)
                                  && fromIds.Contains(e.Lead.Event.Platform.Text)
                                  && e.Date.Latest <= arrival.Date.Latest).ToList();
        // The brief names the kind of this ban ("announced bans on Parler"). When bans share its date, one
        // that took effect is named rather than an announcement made that day: the days are the same, and
        // a removal the same day is what activity was leaving.
        var ban = before.Count == 0
            ? null
            : before.LastOrDefault(e => e.Date == before[^1].Date && e.Action != EventAction.AnnouncedBan) ?? before[^1];
        var arrivalDates = arrival is null ? [] : ArrivalDates(arrival, timeline);
        var (daysFromBan, banToArrival) = BanToArrivalSpan(ban, arrival, arrivalDates);

        var measures = documents
            .Select(d => SourceMeasure(d, to))
            .Where(m => m.Launched is not null || m.WentOffline is not null)
            .ToList();

        var end = LastOffline(onDestination)
                  ?? (launch is null && arrival is not null
                      ? onDestination.FirstOrDefault(e => CaseAnalyser.BanActions.Contains(e.Action) && e.Date.Earliest >= arrival.Date.Earliest)
                      : null);
        // The latest report on the path: as far as the sources can see, a destination still up was up at
        // least until then. A document reports on the path when it dates something on the destination or
        // when the analyst rests the path on it (`based_on`), which is how a later study that says so only
        // in a claim counts. Not the trigger's: it reports the ban, which says nothing of the destination later.
        var restsOn = resolver.Documents(path.BasedOn).Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        var reporting = documents.Where(d => restsOn.Contains(d.Id) || d.Events.Any(e => e.Platform.Text == to.Id)).ToList();
        PartialDate? lastReported = reporting.Count == 0 ? null : reporting.Max(d => d.Published);
        var metrics = Metrics(path.Outcome, arrival, end, daysFromBan, measures, lastReported) with
        {
            BanToArrival = banToArrival,
            DaysToLaunchDisputed = daysFromBan is not null && arrivalDates.Count > 1,
            ArrivedBy = arrival?.FirstReported == true,
        };

        // The move is cited to the documents that report it, not to those that report only the ban.
        var cited = reporting;
        return new PathAnalysis(path, from, to, triggers, launch, ban, daysFromBan, measures, cited, arrival, end, metrics);
    }

    /// <summary>
    /// The arrival's date, or when the sources dispute it, every date they give: the entry's own reports and
    /// those of entries that are the same event on another day. Every measure from it then covers them all.
    /// </summary>
    private static IReadOnlyList<PartialDate> ArrivalDates(TimelineEntry arrival, IReadOnlyList<TimelineEntry> timeline) =>
        !arrival.Disputed ? [arrival.Date] : timeline.Where(e => ReferenceEquals(e, arrival) || DisagreementFinder.InConflict(e, arrival))
            .SelectMany(e => e.Reports.Select(r => r.Event.Date))
            .Distinct()
            .ToList();

    /// <summary>
    /// The days from the ban to the arrival, only when the arrival is known to follow it: a move first
    /// reported in October happened by October, perhaps before the ban; a move dated only to the month of a
    /// ban may have come first. Where the sources give several arrival dates, the span covers them all.
    /// </summary>
    private static (DaySpan?, BanToArrival) BanToArrivalSpan(TimelineEntry? ban, TimelineEntry? arrival, IReadOnlyList<PartialDate> arrivalDates)
    {
        if (arrival is null) return (null, BanToArrival.ArrivalUndated);
        if (arrival.FirstReported) return (null, BanToArrival.FirstReported);
        if (ban is null) return (null, BanToArrival.NoDatedBan);
        DaySpan? span = null;
        foreach (var date in arrivalDates)
        {
            if (DaySpan.After(ban.Date, date) is not { } one) return (null, BanToArrival.MayPrecedeBan);
            span = span is { } s ? s.Cover(one) : one;
        }
        return (span, BanToArrival.Measured);
    }

    /// <summary>The last time the destination went offline, unless it came back after that.</summary>
    private static TimelineEntry? LastOffline(IReadOnlyList<TimelineEntry> onDestination)
    {
        var offline = onDestination.LastOrDefault(e => e.Action == EventAction.WentOffline);
        if (offline is null) return null;
        var cameBack = onDestination.Any(e => e.Action == EventAction.CameBack && e.Date.Earliest > offline.Date.Latest);
        return cameBack ? null : offline;
    }

    private static DisplacementMetrics Metrics(
        PathOutcome status, TimelineEntry? arrival, TimelineEntry? end, DaySpan? daysToArrival,
        IReadOnlyList<PathMeasure> measures, PartialDate? lastReported)
    {
        var disputed = arrival?.Disputed == true || end?.Disputed == true;
        DisplacementMetrics Result(DaySpan? up, bool stillUp) =>
            new(status, arrival?.Date, end?.Date, daysToArrival, up, stillUp, lastReported, disputed);

        if (arrival is null) return Result(null, false);
        if (status == PathOutcome.Persisting)
        {
            // Still up: all the sources show is that it lasted at least the fewest days the dates allow,
            // and "at least zero days" says nothing.
            var seen = lastReported is { } last ? DaySpan.Between(arrival.Date, last).Min : 0;
            return Result(seen > 0 ? new DaySpan(seen, seen) : null, true);
        }
        if (end is null) return Result(null, false);

        var up = DaySpan.Between(arrival.Date, end.Date);
        // When the sources disagree about either end, no one count is the answer: give the range that
        // holds every source's own.
        if (disputed)
            foreach (var m in measures.Where(m => m.DaysUp is not null))
                up = up.Cover(m.DaysUp!.Value);
        return Result(up, false);
    }

    private static PathMeasure SourceMeasure(SourceDocument document, Platform to)
    {
        var launched = document.Events.FirstOrDefault(e => e.Action == EventAction.Launched && e.Platform.Text == to.Id);
        var offline = document.Events.LastOrDefault(e => e.Action == EventAction.WentOffline && e.Platform.Text == to.Id);
        var days = launched is not null && offline is not null ? DaySpan.Between(launched.Date, offline.Date) : (DaySpan?)null;
        return new PathMeasure(document, launched, offline, days);
    }
}
