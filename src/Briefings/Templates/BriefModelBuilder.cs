using Briefings.Analysis;
using Briefings.Sources.Model;
using Briefings.Templates.Model;

namespace Briefings.Templates;

/// <summary>
/// <see cref="CaseAnalysis"/> → <see cref="BriefModel"/>: the template's view, with citations reduced to
/// footnote labels (a document's id) and vocabulary turned into words. Wording of numbers and dates
/// is left to helpers so templates choose it.
/// </summary>
public sealed class BriefModelBuilder
{
    private readonly CaseAnalysis _analysis;
    private readonly IReadOnlyDictionary<string, int> _sourceOrder;
    private readonly Wording _words;
    private readonly SupportWording _support;
    private readonly PathWording _paths;

    private BriefModelBuilder(CaseAnalysis analysis, Locale locale)
    {
        _analysis = analysis;
        _words = new Wording(locale);
        _support = new SupportWording(_words);
        _paths = new PathWording(_words);
        _sourceOrder = analysis.Documents.Select((d, i) => (d.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
    }

    public static BriefModel Build(CaseAnalysis analysis, Locale locale) => new BriefModelBuilder(analysis, locale).Build(locale);

    private BriefModel Build(Locale locale)
    {
        var analysis = _analysis;
        var @case = analysis.Case;
        var platformNames = analysis.Platforms.ToDictionary(p => p.Id, p => p.Name, StringComparer.Ordinal);
        return new BriefModel(
            new CaseView(
                @case.Id, @case.Title, @case.Subtitle, @case.Question, @case.Marking, @case.PreparedBy,
                @case.AsOf, @case.Period.Start, @case.Period.End, locale.Name, @case.Keywords),
            Statement(analysis.BottomLine),
            analysis.Judgments.Select(j => new JudgmentView(
                j.Number, j.Judgment.Id, j.Judgment.Text,
                j.Judgment.Likelihood.Term, j.Judgment.Likelihood.Range,
                Vocabulary<Confidence>.Word(j.Judgment.Confidence), j.Judgment.ConfidenceReason,
                Cites(j.Documents),
                j.Documents.Count,
                j.IndependentSources,
                _support.Support(j.Support))).ToList(),
            analysis.Bans.Select(Ban).ToList(),
            analysis.Paths.Select(Path).ToList(),
            analysis.Timeline.Select(e =>
            {
                var standing = _support.Standing(e.Credibility, e.Support, e.Doubtful);
                return new TimelineView(
                    e.Date,
                    _support.Reported(standing, e.Documents.Count, e.Lead.Event.Text),
                    platformNames.GetValueOrDefault(e.Lead.Event.Platform.Text, e.Lead.Event.Platform.Text),
                    e.Reports.Select(r => r.Event.AsReported).OfType<string>().Distinct().ToList(),
                    Cites(e.Documents),
                    e.IndependentSources,
                    e.Disputed,
                    standing,
                    e.FirstReported ? $"by {_words.Date(e.Date)}" : _words.Date(e.Date));
            }).ToList(),
            analysis.Disagreements.Select(Disagreement).ToList(),
            analysis.Unknowns.Select(u => new UnknownView(u.Text, Cites(u.Documents))).ToList(),
            analysis.Implications.Select(Statement).ToList(),
            analysis.Recommendations.Select(Statement).ToList(),
            analysis.Documents.Select(Source).ToList(),
            analysis.Agreements.Select(a => new AgreementView(
                _support.Reported(_support.Standing(a.Credibility, a.Support, a.Doubtful), a.Documents.Count, a.Text),
                a.Date, a.Documents.Count, a.IndependentSources,
                a.Credibility, a.Credibility is { } c ? AdmiraltyScale.Credibility[c] : null,
                Cites(a.Documents),
                _support.Line(a.Support, a.Credibility))).ToList(),
            _support.Support(analysis.Sources));
    }

    private BanView Ban(BanReport b)
    {
        var standing = _support.Standing(b.Credibility, b.Support, b.Doubtful);
        return new BanView(_support.Reported(standing, b.Documents.Count, b.Text), b.Date, b.AsReported, Cites(b.Documents), standing);
    }

    private DisagreementView Disagreement(Disagreement d) => new(
        d.Versions.Select(v => new VersionView(
            v.Document.Publisher,
            v.Text,
            v.Claim?.Quote is { } q ? new QuoteView(q.Text, q.By) : null,
            Cites([v.Document]),
            v.Date,
            v.Event?.AsReported)).ToList(),
        Vocabulary<DisagreementKind>.Word(d.Kind),
        d.Kind switch
        {
            DisagreementKind.Date => "The sources date this differently.",
            DisagreementKind.Revision => "Later reporting revised this.",
            _ => "The sources contradict each other.",
        });

    /// <summary>Footnote labels in the case's source order, so numbers read "1,2" rather than "2,1".</summary>
    private IReadOnlyList<string> Cites(IEnumerable<SourceDocument> documents) =>
        documents.Select(d => d.Id).Distinct().OrderBy(id => _sourceOrder.GetValueOrDefault(id, int.MaxValue)).ToList();

    private StatementView Statement(StatementAnalysis s) => new(s.Statement.Text, Cites(s.Documents), s.JudgmentNumbers);

    private PathView Path(PathAnalysis p) => new(
        p.Path.Id,
        p.From.Select(Platform).ToList(),
        Platform(p.To),
        Vocabulary<PathOutcome>.Word(p.Path.Outcome),
        p.Launch?.Date,
        // Cite only the sources that give the launch date shown, not those that merely report a launch.
        p.Launch is null ? [] : Cites(p.Launch.Reports.Where(r => r.Event.Date == p.Launch.Date).Select(r => r.Document)),
        p.DaysFromBanToLaunch,
        p.Measures.Select(m => new MeasureView(
            m.Document.Publisher,
            m.Launched?.Date, m.Launched?.AsReported,
            m.WentOffline?.Date, m.WentOffline?.AsReported,
            m.DaysUp,
            Cites([m.Document]))).ToList(),
        Cites(p.Documents),
        p.Metrics.Arrived,
        p.Metrics.Ended,
        p.Metrics.DaysUp,
        p.Metrics.StillUp,
        p.Metrics.LastReported,
        p.Metrics.Disputed,
        p.Ban is { } ban ? Vocabulary<EventAction>.Word(ban.Action) : "",
        _paths.Arrival(p),
        p.Arrival is null ? [] : Cites(p.Arrival.Reports.Where(r => !p.Arrival.Disputed || r.Event.Date == p.Arrival.Date).Select(r => r.Document)),
        _paths.BanToArrival(p),
        _paths.DaysToLaunch(p.Metrics, "an unknown time", notMeasurable: ""),
        _paths.DaysUp(p.Metrics));

    private static PlatformView Platform(Platform p) => new(p.Id, p.Name, Vocabulary<PlatformKind>.Word(p.Kind), p.BuiltWith);

    private SourceView Source(SourceDocument d) => new(
        d.Id, d.Id, d.Title, d.Publisher, d.Author, d.Published,
        Vocabulary<DocumentKind>.Word(d.Kind).Replace('-', ' '),
        d.Url,
        d.Reliability.Grade.ToString(), d.Reliability.Label, d.Reliability.Reason,
        d.Summary, d.Claims.Count,
        _support.Origin(d, _analysis.Documents));
}
