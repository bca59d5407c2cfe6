using Briefings.Analysis;
using Briefings.Sources.Model;
using Briefings.Templates;

namespace Briefings.Runs.Digest;

/// <summary>
/// The month's case outcomes → <see cref="DigestModel"/>. Cases, paths and failures come in case-id order,
/// so the digest reads the same however the run was split or scheduled.
/// </summary>
public static class DigestModelBuilder
{
    /// <summary>
    /// The most paths the chart draws. Each takes a band of the page; beyond six the figure would not fit
    /// on one, and the table beside it already lists every path.
    /// </summary>
    public const int ChartLimit = 6;

    /// <summary>How many problems the digest prints per failed case; the manifest and the log keep them all.</summary>
    public const int ProblemLimit = 3;

    /// <param name="sharedProblems">Problems that fail every brief alike (the brief templates'): the digest
    /// lists them once instead of under every case.</param>
    public static DigestModel Build(Month month, Locale locale, IReadOnlyList<CaseOutcome> outcomes, IReadOnlyList<string> sharedProblems)
    {
        var ordered = outcomes.OrderBy(o => o.Case.Id, StringComparer.Ordinal).ToList();
        var built = ordered.Where(o => o.Built).ToList();
        var words = new Wording(locale);
        var cases = built.Select(o => Case(o, new SupportWording(words))).ToList();
        var paths = built.SelectMany(o => o.Analysis!.Paths.Select(p => Path(o, p, new PathWording(words)))).ToList();
        var shared = sharedProblems.ToHashSet(StringComparer.Ordinal);
        var failed = ordered.Where(o => !o.Built).Select(o => Failure(o, shared)).ToList();
        var placed = ordered.Where(o => o.Case.PlacedBy != Placement.Unplaced).ToList();

        return new DigestModel(
            new MonthView(month.ToString(), month.AsDate),
            DigestMarking.Of(ordered.Select(o => o.Case.Case?.Marking).OfType<string>()),
            locale.Name,
            new DigestCounts(
                Cases: ordered.Count,
                Built: built.Count,
                Failed: failed.Count,
                New: placed.Count(o => o.Case.Standing == CaseStanding.New),
                Updated: placed.Count(o => o.Case.Standing == CaseStanding.Updated),
                Undated: ordered.Count - placed.Count,
                Paths: paths.Count,
                ChartPaths: Math.Min(paths.Count, ChartLimit),
                Offline: paths.Count(p => p.Status == Vocabulary<PathOutcome>.Word(PathOutcome.Offline)),
                Persisting: paths.Count(p => p.Status == Vocabulary<PathOutcome>.Word(PathOutcome.Persisting)),
                Unknown: paths.Count(p => p.Status == Vocabulary<PathOutcome>.Word(PathOutcome.Unknown))),
            cases,
            cases.Where(c => c.Standing == Word(CaseStanding.New)).ToList(),
            cases.Where(c => c.Standing == Word(CaseStanding.Updated)).ToList(),
            paths,
            paths.Take(ChartLimit).ToList(),
            Enum.GetValues<PathOutcome>()
                .Select(o => new OutcomeCountView(Vocabulary<PathOutcome>.Word(o), paths.Count(p => p.Status == Vocabulary<PathOutcome>.Word(o))))
                .Where(o => o.Paths > 0)
                .ToList(),
            Destinations(paths),
            failed,
            failed.Count > 0 ? sharedProblems : []);
    }

    private static DigestCaseView Case(CaseOutcome outcome, SupportWording support)
    {
        var analysis = outcome.Analysis!;
        var @case = analysis.Case;
        return new DigestCaseView(
            outcome.Case.Id, @case.Title, @case.Period.Start, @case.Period.End,
            Word(outcome.Case.Standing), Word(outcome.Case.PlacedBy),
            MarkdownText.Fold(@case.BottomLine.Text),
            analysis.Documents.Count, analysis.Paths.Count, outcome.Files,
            support.Support(analysis.Sources));
    }

    private static DigestPathView Path(CaseOutcome outcome, PathAnalysis path, PathWording words) => new(
        outcome.Case.Id,
        outcome.Analysis!.Case.Title,
        path.From.Select(p => p.Name).ToList(),
        path.To.Name,
        Vocabulary<PlatformKind>.Word(path.To.Kind),
        path.Launch?.Date,
        path.Metrics.DaysToLaunch,
        path.Metrics.DaysUp,
        Vocabulary<PathOutcome>.Word(path.Path.Outcome),
        path.Metrics.StillUp,
        words.DaysToLaunch(path.Metrics, "", "not measurable"),
        words.DaysUp(path.Metrics),
        words.DaysToLaunch(path.Metrics, "", ""));

    private static IReadOnlyList<DestinationKindView> Destinations(IReadOnlyList<DigestPathView> paths) =>
        Enum.GetValues<PlatformKind>()
            .Select(Vocabulary<PlatformKind>.Word)
            .Select(kind => paths.Where(p => p.ToKind == kind).ToList())
            .Where(group => group.Count > 0)
            .Select(group => new DestinationKindView(
                group[0].ToKind,
                group.Count,
                group.Count(p => p.Status == Vocabulary<PathOutcome>.Word(PathOutcome.Offline)),
                group.Count(p => p.Status == Vocabulary<PathOutcome>.Word(PathOutcome.Persisting)),
                group.Count(p => p.Status == Vocabulary<PathOutcome>.Word(PathOutcome.Unknown))))
            .ToList();

    private static FailedCaseView Failure(CaseOutcome outcome, IReadOnlySet<string> shared)
    {
        var own = outcome.Problems.Where(p => !shared.Contains(p)).ToList();
        return new FailedCaseView(outcome.Case.Id, outcome.Case.Case?.Title, outcome.Case.File, own.Take(ProblemLimit).ToList(), Math.Max(0, own.Count - ProblemLimit));
    }

    private static string Word(CaseStanding standing) => Vocabulary<CaseStanding>.Word(standing);

    private static string Word(Placement placement) => Vocabulary<Placement>.Word(placement);
}
