using Briefings.Sources.Model;

namespace Briefings.Analysis;

/// <summary>
/// The Admiralty rule for information reported more than once (docs/analysis.md, "Credibility").
/// Grade 1 means "confirmed by other sources", so it is earned, never typed: a claim or event is graded 1
/// when reports from at least two independent origins confirm it, each of them judgeable (its document not
/// graded F, its own grade not 5 or 6), and nothing in the case disputes it. Otherwise the most favourable
/// grade an analyst gave a judgeable report stands (any report's, when none is judgeable), and a typed 1
/// counts as 2, the best a report can earn on its own.
/// </summary>
public static class CredibilityRule
{
    public const int Confirmed = 1;

    public const int MinimumIndependentOrigins = 2;

    /// <summary>The worst claim grade that can still confirm: 5 (improbable) and 6 (cannot be judged) cannot.</summary>
    public const int WorstConfirmingGrade = 4;

    /// <summary>The document grade that cannot confirm anything: F, reliability cannot be judged.</summary>
    public const char UnjudgeableSource = 'F';

    /// <summary>Document grades that make a lone source's report doubtful: D, E and F.</summary>
    public static bool IsWeakSource(char grade) => grade is 'D' or 'E' or 'F';

    /// <param name="reports">Each report with the analyst's grade of what it rests on (null for an event resting on no claim).</param>
    public static int? Derive(Provenance provenance, IReadOnlyList<(SourcedReport Report, int? Grade)> reports, bool disputed)
    {
        var judgeable = reports.Where(r => Judgeable(r.Report.Document, r.Grade)).ToList();
        if (!disputed && provenance.Of(judgeable.Select(r => r.Report)).IndependentOrigins >= MinimumIndependentOrigins)
            return Confirmed;
        var grades = (judgeable.Count > 0 ? judgeable : reports).Select(r => r.Grade).OfType<int>().ToList();
        return grades.Count == 0 ? null : Math.Max(2, grades.Min());
    }

    public static bool Judgeable(SourceDocument document, int? grade) =>
        document.Reliability.Grade != UnjudgeableSource && (grade is null || grade <= WorstConfirmingGrade);

    /// <summary>
    /// Doubtful: graded 4 to 6, or resting on one origin whose every source is graded D to F. The brief then
    /// prints it with its standing, never as a plain fact.
    /// </summary>
    public static bool IsDoubtful(int? credibility, Support support) =>
        credibility >= 4
        || (support.IndependentOrigins == 1 && support.Documents.All(d => IsWeakSource(d.Reliability.Grade)));
}
