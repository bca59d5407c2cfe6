using Briefings.Problems;
using Briefings.Sources.Model;
using Briefings.Sources.Yaml;
using Briefings.Typesetting;

namespace Briefings.Sources.Reading;

/// <summary>sources/documents/&lt;id&gt;.yaml → <see cref="SourceDocument"/>, reporting every problem on the way.</summary>
public static class DocumentReader
{
    public static readonly IReadOnlyList<FieldSpec> Fields =
    [
        FieldSpec.Must("id", "id: itproportal-caliphate-book-offline"),
        FieldSpec.Must("title", "title: Islamic State alternative Facebook shut down days after launch"),
        FieldSpec.Must("publisher", "publisher: ITProPortal"),
        FieldSpec.Must("author", "author: Ankur Sinha"),
        FieldSpec.Must("published", "published: 2015-03-10"),
        FieldSpec.Must("kind", "kind: news-report"),
        FieldSpec.Must("language", "language: en"),
        FieldSpec.May("url", "url: https://example.org/article"),
        FieldSpec.May("origin", "origin: { kind: wire-story, publisher: Reuters }"),
        FieldSpec.Must("reliability", "reliability: { grade: C, reason: Established outlet; names no sources. }"),
        FieldSpec.Must("summary", "summary: In our own words, what the source reports."),
        FieldSpec.May("claims", "claims:"),
        FieldSpec.May("events", "events:"),
        FieldSpec.May("unknowns", "unknowns: [How many people joined.]"),
    ];

    public static readonly IReadOnlyList<FieldSpec> ReliabilityFields =
    [
        FieldSpec.Must("grade", "grade: C"),
        FieldSpec.Must("reason", "reason: Established technology outlet; names no sources of its own."),
    ];

    public static readonly IReadOnlyList<FieldSpec> ClaimFields =
    [
        FieldSpec.Must("id", "id: built-with-socialkit"),
        FieldSpec.Must("text", "text: The site was built with SocialKit."),
        FieldSpec.Must("credibility", "credibility: 2"),
        FieldSpec.May("about", "about: [caliphate-book]"),
        FieldSpec.May("quote", "quote: { text: \"temporary shut down\", by: the site's notice }"),
        FieldSpec.May("same_as", "same_as: [other-document#built-with-socialkit]"),
        FieldSpec.May("contradicts", "contradicts: [other-document#offline-after-one-day]"),
        FieldSpec.May("revises", "revises: [earlier-document#death-toll]"),
        FieldSpec.May("origin", "origin: { kind: statement, publisher: Europol }"),
        FieldSpec.May("note", "note: Why the credibility is what it is."),
    ];

    public static readonly IReadOnlyList<FieldSpec> OriginFields =
    [
        FieldSpec.Must("kind", "kind: wire-story"),
        FieldSpec.May("publisher", "publisher: Reuters"),
        FieldSpec.May("title", "title: The original's own title"),
        FieldSpec.May("date", "date: 2015-03-10"),
        FieldSpec.May("document", "document: vu-hutchings-anderson-no-easy-way-out"),
    ];

    public static readonly IReadOnlyList<FieldSpec> QuoteFields =
    [
        FieldSpec.Must("text", "text: temporary shut down"),
        FieldSpec.Must("by", "by: the site's administrators"),
    ];

    public static readonly IReadOnlyList<FieldSpec> EventFields =
    [
        FieldSpec.Must("id", "id: site-offline"),
        FieldSpec.Must("date", "date: 2015-03-09"),
        FieldSpec.May("as_reported", "as_reported: since Monday"),
        FieldSpec.Must("text", "text: The site went offline."),
        FieldSpec.Must("actor", "actor: caliphate-book-operators"),
        FieldSpec.Must("action", "action: went-offline"),
        FieldSpec.Must("platform", "platform: caliphate-book"),
        FieldSpec.May("subject", "subject: islamic-state-supporters"),
        FieldSpec.May("claim", "claim: offline-since-monday"),
        FieldSpec.May("first_reported", "first_reported: true"),
        FieldSpec.May("origin", "origin: { kind: statement, publisher: 8kun's operators }"),
        FieldSpec.May("note", "note: Dated from the report's own publication date."),
    ];

    public static SourceDocument? Read(SourceText source, string expectedId, List<Diagnostic> problems)
    {
        var root = YamlTreeReader.Read(source, problems);
        if (root is null) return null;
        var f = FieldReader.Open(root, "document", Fields, problems);
        if (f is null) return null;

        var id = f.Id() ?? expectedId;
        if (id != expectedId)
            f.Error(f.Where("id"), ProblemCodes.IdMismatch,
                $"id '{id}' does not match the file name '{expectedId}.yaml'; set `id: {expectedId}` or rename the file to '{id}.yaml'");

        var claims = f.Mappings("claims", "claim", ClaimFields).Select(ReadClaim).ToList();
        var events = f.Mappings("events", "event", EventFields).Select(ReadEvent).ToList();
        ReportDuplicateItems(claims.Select(c => (c.Id, c.At)).Concat(events.Select(e => (e.Id, e.At))), problems);

        return new SourceDocument(
            id,
            f.Text("title") ?? "",
            f.Text("publisher") ?? "",
            f.Text("author") ?? "",
            f.Date("published") ?? new PartialDate(1),
            f.Word<DocumentKind>("kind") ?? DocumentKind.Other,
            f.Text("language") ?? "",
            f.Text("url"),
            ReadReliability(f),
            f.Text("summary") ?? "",
            claims,
            events,
            f.Texts("unknowns"),
            f.Where("id")) { Origin = ReadOrigin(f) };
    }

    /// <summary>
    /// An origin names a document of the library (`document:`, whose publisher then stands) or an outside
    /// original, which needs at least its publisher to be told apart from other originals.
    /// </summary>
    private static Origin? ReadOrigin(FieldReader owner)
    {
        var f = owner.Mapping("origin", "origin", OriginFields);
        if (f is null) return null;
        var document = f.Reference("document");
        var publisher = f.Text("publisher");
        if (document is null && string.IsNullOrEmpty(publisher))
            f.Error(f.At, ProblemCodes.MissingField,
                "origin needs `publisher:` (who issued the original, e.g. `publisher: Reuters`) or `document:` (a document of the library)");
        return new Origin(f.Word<OriginKind>("kind") ?? OriginKind.Report, publisher, f.Text("title"), f.Date("date"), document, f.At);
    }

    private static Reliability ReadReliability(FieldReader document)
    {
        var f = document.Mapping("reliability", "reliability", ReliabilityFields);
        if (f is null) return new Reliability('F', "");
        var grade = f.Scalar("grade");
        var letter = 'F';
        if (grade is not null)
        {
            var text = grade.Text.Trim();
            if (text.Length == 1 && AdmiraltyScale.Reliability.ContainsKey(text[0])) letter = text[0];
            else
                f.Error(grade.At, ProblemCodes.BadReliability,
                    $"reliability grade '{grade.Text}' is not an Admiralty grade; use one capital letter A–F " +
                    "(A completely reliable … E unreliable, F cannot be judged)");
        }
        return new Reliability(letter, f.Text("reason") ?? "");
    }

    private static Claim ReadClaim(FieldReader f)
    {
        Quote? quote = null;
        if (f.Mapping("quote", "quote", QuoteFields) is { } q)
            quote = new Quote(q.Text("text") ?? "", q.Text("by") ?? "");
        return new Claim(
            f.Id() ?? "",
            f.Text("text") ?? "",
            f.Number("credibility", 1, 6, ProblemCodes.BadCredibility,
                "use the Admiralty scale: 1 confirmed, 2 probably true, 3 possibly true, 4 doubtful, 5 improbable, 6 cannot be judged") ?? 6,
            f.References("about"),
            quote,
            f.References("same_as"),
            f.References("contradicts"),
            f.Text("note"),
            f.Where("id"))
        {
            Origin = ReadOrigin(f),
            Revises = f.References("revises"),
            CredibilityAt = f.Where("credibility"),
        };
    }

    private static SourceEvent ReadEvent(FieldReader f) => new(
        f.Id() ?? "",
        f.Date("date") ?? new PartialDate(1),
        f.Text("as_reported"),
        f.Text("text") ?? "",
        f.Reference("actor") ?? new Reference("", f.At),
        f.Word<EventAction>("action") ?? EventAction.Launched,
        f.Reference("platform") ?? new Reference("", f.At),
        f.Reference("subject"),
        f.Reference("claim"),
        f.Text("note"),
        f.Where("id"))
    {
        Origin = ReadOrigin(f),
        FirstReported = f.Flag("first_reported"),
    };

    /// <summary>Claims and events share one set of ids per document, because a reference "doc#x" may name either.</summary>
    private static void ReportDuplicateItems(IEnumerable<(string Id, Location At)> items, List<Diagnostic> problems)
    {
        var seen = new Dictionary<string, Location>(StringComparer.Ordinal);
        foreach (var (id, at) in items)
        {
            if (id.Length == 0) continue;
            if (seen.TryGetValue(id, out var first))
                problems.Add(Diagnostic.Error(at, ProblemCodes.DuplicateId,
                    $"id '{id}' is already used in this document at line {first.Line}; claims and events need different ids"));
            else seen[id] = at;
        }
    }
}
