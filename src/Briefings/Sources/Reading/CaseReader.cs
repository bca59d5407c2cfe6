using Briefings.Problems;
using Briefings.Sources.Checks;
using Briefings.Sources.Model;
using Briefings.Sources.Yaml;
using Briefings.Typesetting;

namespace Briefings.Sources.Reading;

/// <summary>sources/cases/&lt;id&gt;.yaml → <see cref="CaseFile"/>, reporting every problem on the way.</summary>
public static class CaseReader
{
    /// <summary>Locales the helpers can write; the case may pick one, the command line may override it.</summary>
    public static readonly IReadOnlyList<string> Locales = ["en-GB", "en-US"];

    // Nested lists come first: a static field is initialised in the order written, and the lists that use them read them.

    public static readonly IReadOnlyList<FieldSpec> PeriodFields =
    [
        FieldSpec.Must("start", FieldShape.Date, "When the case starts: 2015, 2015-03 or 2015-03-09.", "start: 2015-03"),
        FieldSpec.May("end", FieldShape.Date, "When it ends; defaults to start and must not be before it.", "end: 2015-03-10"),
    ];

    public static readonly IReadOnlyList<FieldSpec> StatementFields =
    [
        FieldSpec.Must("text", FieldShape.Text, "The statement, in our own words.", "text: In our own words."),
        FieldSpec.May("based_on", FieldShape.References, "What it rests on: judgment ids of this case, documents of its sources, or document#item.",
            "based_on: [kj-short-lived, some-document#some-claim]"),
    ];

    /// <summary>A statement that must say what it rests on (the bottom line).</summary>
    public static readonly IReadOnlyList<FieldSpec> GroundedStatementFields =
        StatementFields.Select(f => f.Name == "based_on" ? f with { Required = true } : f).ToList();

    public static readonly IReadOnlyList<FieldSpec> PathFields =
    [
        FieldSpec.Must("id", FieldShape.Id, "Kebab-case id, unique within the case.", "id: mainstream-to-caliphate-book"),
        FieldSpec.Must("from", FieldShape.References, "The platforms activity left (platform ids).", "from: [twitter, facebook]"),
        FieldSpec.Must("to", FieldShape.Reference, "The platform it went to (a platform id).", "to: caliphate-book"),
        FieldSpec.May("trigger", FieldShape.References, "The claims or events describing the ban (document#item).", "trigger: [some-document#banned-almost-everywhere]"),
        FieldSpec.Must("outcome", FieldShape.Word<PathOutcome>(), "How it ended: offline, persisting or unknown.", "outcome: offline"),
        FieldSpec.May("based_on", FieldShape.References, "What the path rests on (document#item, documents or judgments).", "based_on: [some-document#did-not-return]"),
    ];

    public static readonly IReadOnlyList<FieldSpec> JudgmentFields =
    [
        FieldSpec.Must("id", FieldShape.Id, "Kebab-case id, unique within the case; judgments are numbered in the order written.", "id: kj-short-lived"),
        FieldSpec.Must("text", FieldShape.Text, "The proposition only: no likelihood or confidence words (the brief adds them from the fields below).",
            "text: The site gave supporters no lasting replacement."),
        FieldSpec.Must("likelihood", FieldShape.OneOf(EstimativeScale.Icd203.Select(t => t.Term).ToList()),
            "An ICD 203 likelihood term, printed with its range: almost no chance / remote (1–5%), very unlikely / highly improbable (5–20%), unlikely / improbable (20–45%), roughly even chance / roughly even odds (45–55%), likely / probable (55–80%), very likely / highly probable (80–95%), almost certain / nearly certain (95–99%).",
            "likelihood: very likely"),
        FieldSpec.Must("confidence", FieldShape.Word<Confidence>(), "Analytic confidence in the judgment: high, moderate or low.", "confidence: moderate"),
        FieldSpec.Must("confidence_reason", FieldShape.Text, "Why that confidence: the quality of the evidence and reasoning.",
            "confidence_reason: Two secondary reports agree; neither names a primary source."),
        FieldSpec.Must("based_on", FieldShape.References, "The claims, events, documents or other judgments it rests on.", "based_on: [some-document#did-not-return]"),
    ];

    public static readonly IReadOnlyList<FieldSpec> Fields =
    [
        FieldSpec.Must("id", FieldShape.Id, "Kebab-case id; equals the file name without .yaml.", "id: caliphate-book-2015"),
        FieldSpec.Must("title", FieldShape.Text, "The brief's title (quote it when it holds ': ').", "title: Banned supporters built their own network and lost it within days"),
        FieldSpec.May("subtitle", FieldShape.Text, "A line under the title.", "subtitle: The caliphate book, March 2015"),
        FieldSpec.Must("question", FieldShape.Text, "The question the brief answers.", "question: Where did activity go after the bans, how fast, and did it last?"),
        FieldSpec.Must("period", FieldShape.Mapping(PeriodFields), "The time the case covers: start, and end when it differs.", "period: { start: 2015-03, end: 2015-03 }"),
        FieldSpec.Must("marking", FieldShape.Text, "The protective marking, printed at the top and bottom of every page (e.g. OFFICIAL).", "marking: OFFICIAL"),
        FieldSpec.May("locale", FieldShape.OneOf(Locales), "How dates, numbers and lists are written: en-GB (default) or en-US; `build --locale` overrides it.", "locale: en-GB"),
        FieldSpec.May("prepared_by", FieldShape.Text, "Printed as the author.", "prepared_by: Briefings project"),
        FieldSpec.Must("as_of", FieldShape.Date, "The date of the assessment, printed on the brief.", "as_of: 2025-01-15"),
        FieldSpec.May("keywords", FieldShape.Texts, "Keywords for the PDF's metadata.", "keywords: [deplatforming, Islamic State]"),
        FieldSpec.Must("sources", FieldShape.References, "The documents the case may rest on (their ids), in citing order.", "sources: [itproportal-caliphate-book-offline]"),
        FieldSpec.Must("bottom_line", FieldShape.Mapping(GroundedStatementFields), "The bottom line up front: its text and the judgments it rests on.",
            "bottom_line: { text: …, based_on: [kj-short-lived] }"),
        FieldSpec.May("paths", FieldShape.ListOf(PathFields), "Displacement paths: from which platforms activity went where, and how it ended.", "paths:"),
        FieldSpec.Must("judgments", FieldShape.ListOf(JudgmentFields), "The key judgments, each with an ICD 203 likelihood and a confidence.", "judgments:"),
        FieldSpec.May("implications", FieldShape.ListOf(StatementFields), "What follows for policy, each with what it rests on.", "implications:"),
        FieldSpec.May("recommendations", FieldShape.ListOf(StatementFields), "What to do, each with what it rests on.", "recommendations:"),
        FieldSpec.May("unknowns", FieldShape.ListOf(StatementFields), "What the case as a whole cannot say.", "unknowns:"),
    ];

    public static CaseFile? Read(SourceText source, string expectedId, List<Diagnostic> problems)
    {
        var root = YamlTreeReader.Read(source, problems);
        if (root is null) return null;
        var f = FieldReader.Open(root, "case", Fields, problems);
        if (f is null) return null;

        var id = f.Id() ?? expectedId;
        if (id != expectedId)
            f.Error(f.Where("id"), ProblemCodes.IdMismatch,
                $"id '{id}' does not match the file name '{expectedId}.yaml'; set `id: {expectedId}` or rename the file to '{id}.yaml'");

        var judgments = f.Mappings("judgments", "judgment").Select(j => ReadJudgment(source, j, problems)).ToList();
        var bottom = f.Mapping("bottom_line", "bottom line");
        var bottomLine = bottom is null ? new Statement("", [], f.At) : ReadStatement(source, bottom, problems);
        if (bottom?.Scalar("text") is { } bottomText)
            problems.AddRange(EstimativeLanguage.CheckBottomLine(source, bottomText,
                judgments.Where(j => bottomLine.BasedOn.Any(r => r.Text == j.Id)).Select(j => j.Likelihood).ToList()));
        var paths = f.Mappings("paths", "path").Select(ReadPath).ToList();
        ReportDuplicates(judgments.Select(j => (j.Id, j.At)), "judgment", problems);
        ReportDuplicates(paths.Select(p => (p.Id, p.At)), "path", problems);

        return new CaseFile(
            id,
            f.Text("title") ?? "",
            f.Text("subtitle"),
            f.Text("question") ?? "",
            ReadPeriod(f),
            f.Text("marking") ?? "",
            ReadLocale(f),
            f.Text("prepared_by"),
            f.Date("as_of") ?? new PartialDate(1),
            f.Texts("keywords"),
            f.References("sources"),
            bottomLine,
            paths,
            judgments,
            Statements(source, f, "implications", "implication", problems),
            Statements(null, f, "recommendations", "recommendation", problems),
            Statements(null, f, "unknowns", "unknown", problems),
            f.Where("id"))
        {
            Placeholders = Placeholder.ReportedIn(source, problems),
        };
    }

    private static CasePeriod ReadPeriod(FieldReader @case)
    {
        var f = @case.Mapping("period", "period");
        if (f is null) return new CasePeriod(new PartialDate(1), new PartialDate(1));
        var start = f.Date("start") ?? new PartialDate(1);
        var end = f.Date("end") ?? start;
        if (end.Latest < start.Earliest)
            f.Error(f.Where("end"), ProblemCodes.BadDate, $"period ends ({end}) before it starts ({start}); swap them");
        return new CasePeriod(start, end);
    }

    private static string? ReadLocale(FieldReader f) =>
        f.Choice("locale", ProblemCodes.BadValue, written =>
            $"locale '{written}' is not supported; use one of {string.Join(", ", Locales)}{DidYouMean.Suffix(written, Locales)}");

    /// <param name="checkedSource">Where the statements' estimative wording is checked (bottom line, implications); null when it is not.</param>
    private static IReadOnlyList<Statement> Statements(SourceText? checkedSource, FieldReader f, string name, string what, List<Diagnostic> problems) =>
        f.Mappings(name, what).Select(s => ReadStatement(checkedSource, s, problems)).ToList();

    private static Statement ReadStatement(SourceText? checkedSource, FieldReader f, List<Diagnostic> problems)
    {
        if (checkedSource is not null && f.Scalar("text") is { } text) problems.AddRange(EstimativeLanguage.CheckProse(checkedSource, text));
        return new Statement(f.Text("text") ?? "", f.References("based_on"), f.At);
    }

    private static DisplacementPath ReadPath(FieldReader f) => new(
        f.Id() ?? "",
        f.References("from"),
        f.Reference("to") ?? new Reference("", f.At),
        f.References("trigger"),
        f.Word<PathOutcome>("outcome") ?? PathOutcome.Unknown,
        f.References("based_on"),
        f.Where("id"));

    private static KeyJudgment ReadJudgment(SourceText source, FieldReader f, List<Diagnostic> problems)
    {
        var id = f.Id() ?? "";
        var textScalar = f.Scalar("text");
        var text = textScalar?.Text.Trim() ?? "";
        var likelihood = ReadLikelihood(f);
        var confidence = f.Word<Confidence>("confidence", ProblemCodes.BadConfidence) ?? Confidence.Low;
        if (textScalar is not null) problems.AddRange(EstimativeLanguage.CheckJudgment(source, textScalar, likelihood, confidence));
        if (f.Scalar("confidence_reason") is { } reason) problems.AddRange(EstimativeLanguage.CheckProse(source, reason));
        return new KeyJudgment(id, text, likelihood, confidence, f.Text("confidence_reason") ?? "", f.References("based_on"), f.Where("id"))
        {
            TextAt = textScalar?.At,
        };
    }

    private static LikelihoodTerm ReadLikelihood(FieldReader f)
    {
        var scalar = f.Scalar("likelihood");
        if (scalar is null) return EstimativeScale.Icd203[0];
        if (EstimativeScale.Find(scalar.Text) is { } term) return term;
        var terms = EstimativeScale.Icd203.Select(t => t.Term).ToList();
        f.Error(scalar.At, ProblemCodes.BadLikelihood,
            $"likelihood '{scalar.Text}' is not an ICD 203 term; " +
            DidYouMean.Hint(scalar.Text, terms, $"use one of {string.Join(", ", terms)}"));
        return EstimativeScale.Icd203[0];
    }

    private static void ReportDuplicates(IEnumerable<(string Id, Location At)> items, string what, List<Diagnostic> problems)
    {
        var seen = new Dictionary<string, Location>(StringComparer.Ordinal);
        foreach (var (id, at) in items)
        {
            if (id.Length == 0) continue;
            if (seen.TryGetValue(id, out var first))
                problems.Add(Diagnostic.Error(at, ProblemCodes.DuplicateId, $"{what} id '{id}' is already used at line {first.Line}; give each {what} its own id"));
            else seen[id] = at;
        }
    }
}
