using Briefings.Problems;
using Briefings.Sources.Model;
using Briefings.Sources.Yaml;
using Briefings.Typesetting;

namespace Briefings.Sources.Reading;

/// <summary>sources/documents/&lt;id&gt;.yaml → <see cref="SourceDocument"/>, reporting every problem on the way.</summary>
public static class DocumentReader
{
    // Nested lists come first: a static field is initialised in the order written, and the lists that use them read them.

    public static readonly IReadOnlyList<FieldSpec> OriginFields =
    [
        FieldSpec.Must("kind", FieldShape.Word<OriginKind>(),
            "What the original is: wire-story (a news agency's story), press-release, study, statement (a person's or organisation's) or report (an earlier report by another outlet).",
            "kind: wire-story"),
        FieldSpec.May("publisher", FieldShape.Text, "Who issued the original (Reuters, Europol); required unless `document` names it.", "publisher: Reuters"),
        FieldSpec.May("title", FieldShape.Text, "The original's own title, when known.", "title: The original's own title"),
        FieldSpec.May("date", FieldShape.Date, "When the original appeared, when known: 2015, 2015-03 or 2015-03-10.", "date: 2015-03-10"),
        FieldSpec.May("document", FieldShape.Reference, "The original is this document of the library (its id); its own origin continues the chain.",
            "document: vu-hutchings-anderson-no-easy-way-out"),
    ];

    public static readonly IReadOnlyList<FieldSpec> ReliabilityFields =
    [
        FieldSpec.Must("grade", FieldShape.OneOf(AdmiraltyScale.Reliability.Keys.Order().Select(k => k.ToString()).ToList()),
            "Admiralty source reliability: A completely reliable, B usually reliable, C fairly reliable, D not usually reliable, E unreliable, F cannot be judged.",
            "grade: C"),
        FieldSpec.Must("reason", FieldShape.Text, "One line: why this grade.", "reason: Established technology outlet; names no sources of its own."),
    ];

    public static readonly IReadOnlyList<FieldSpec> QuoteFields =
    [
        FieldSpec.Must("text", FieldShape.Text, "The short phrase, word for word as the source has it.", "text: temporary shut down"),
        FieldSpec.Must("by", FieldShape.Text, "Whose words they are.", "by: the site's administrators"),
    ];

    public static readonly IReadOnlyList<FieldSpec> ClaimFields =
    [
        FieldSpec.Must("id", FieldShape.Id, "Kebab-case id, unique within the document (claims and events share one set of ids).", "id: built-with-socialkit"),
        FieldSpec.Must("text", FieldShape.Text, "What the document asserts, in our own words.", "text: The site was built with SocialKit."),
        FieldSpec.Must("credibility", FieldShape.WholeNumber(1, 6),
            "Admiralty credibility of this report on its own: 2 probably true, 3 possibly true, 4 doubtful, 5 improbable, 6 truth cannot be judged. 1 (confirmed by other sources) is earned from independent reports, never typed: a typed 1 is a warning and read as 2.",
            "credibility: 2"),
        FieldSpec.May("about", FieldShape.References, "The platforms or actors the claim concerns (their ids).", "about: [caliphate-book]"),
        FieldSpec.May("quote", FieldShape.Mapping(QuoteFields), "A short phrase word for word, printed in quotation marks with who said it.",
            "quote: { text: \"temporary shut down\", by: the site's notice }"),
        FieldSpec.May("same_as", FieldShape.References, "The same claim in other documents (document#claim).", "same_as: [other-document#built-with-socialkit]"),
        FieldSpec.May("contradicts", FieldShape.References, "Claims of other documents this one disagrees with (document#claim); link them from both sides.",
            "contradicts: [other-document#offline-after-one-day]"),
        FieldSpec.May("revises", FieldShape.References, "An earlier claim this one updates, which is not a disagreement (document#claim).", "revises: [earlier-document#death-toll]"),
        FieldSpec.May("origin", FieldShape.Mapping(OriginFields), "This claim's own origin, when the document relays several originals.",
            "origin: { kind: statement, publisher: Europol }"),
        FieldSpec.May("note", FieldShape.Text, "The analyst's remark: why the credibility, how a date was read.", "note: Why the credibility is what it is."),
    ];

    public static readonly IReadOnlyList<FieldSpec> EventFields =
    [
        FieldSpec.Must("id", FieldShape.Id, "Kebab-case id, unique within the document (claims and events share one set of ids).", "id: site-offline"),
        FieldSpec.Must("date", FieldShape.Date, "When it happened, as precisely as the source says: 2015, 2015-03 or 2015-03-09.", "date: 2015-03-09"),
        FieldSpec.May("as_reported", FieldShape.Text, "The source's own words for the date (\"since Monday\").", "as_reported: since Monday"),
        FieldSpec.Must("text", FieldShape.Text, "What happened, in our own words, for the page.", "text: The site went offline."),
        FieldSpec.Must("actor", FieldShape.Reference, "Who acted: a platform id (standing for the company that runs it) or an actor id.", "actor: caliphate-book-operators"),
        FieldSpec.Must("action", FieldShape.Word<EventAction>(),
            "What was done: announced-ban, banned, suspended-accounts, launched, went-offline, came-back, migrated, lost-hosting or blocked.",
            "action: went-offline"),
        FieldSpec.Must("platform", FieldShape.Reference, "Where it happened: a platform id.", "platform: caliphate-book"),
        FieldSpec.May("subject", FieldShape.Reference, "Whose accounts, content or activity: a platform or actor id.", "subject: islamic-state-supporters"),
        FieldSpec.May("claim", FieldShape.Reference, "The claim of this document the event rests on (its id).", "claim: offline-since-monday"),
        FieldSpec.May("first_reported", FieldShape.Flag, "true when `date` is when it was first reported, not when it happened (printed \"by March 2015\").",
            "first_reported: true"),
        FieldSpec.May("origin", FieldShape.Mapping(OriginFields), "This event's own origin, when the document relays several originals.",
            "origin: { kind: statement, publisher: 8kun's operators }"),
        FieldSpec.May("note", FieldShape.Text, "How the date was arrived at, or another remark.", "note: Dated from the report's own publication date."),
    ];

    public static readonly IReadOnlyList<FieldSpec> Fields =
    [
        FieldSpec.Must("id", FieldShape.Id, "Kebab-case id; equals the file name without .yaml.", "id: itproportal-caliphate-book-offline"),
        FieldSpec.Must("title", FieldShape.Text, "The source's own title, as published.", "title: Islamic State alternative Facebook shut down days after launch"),
        FieldSpec.Must("publisher", FieldShape.Text, "Who published the copy held (the carrier, not the original: see origin).", "publisher: ITProPortal"),
        FieldSpec.Must("author", FieldShape.Text, "Who wrote it; say so when unknown.", "author: Ankur Sinha"),
        FieldSpec.Must("published", FieldShape.Date, "When it was published: 2015, 2015-03 or 2015-03-10.", "published: 2015-03-10"),
        FieldSpec.Must("kind", FieldShape.Word<DocumentKind>(),
            "What sort of source: news-report, analysis, research, platform-statement, government-statement, official-record or other.",
            "kind: news-report"),
        FieldSpec.Must("language", FieldShape.Text, "The language of the source, e.g. en.", "language: en"),
        FieldSpec.May("url", FieldShape.Text, "Where the copy held can be found.", "url: https://example.org/article"),
        FieldSpec.May("origin", FieldShape.Mapping(OriginFields), "Where the content comes from when the publisher relays it (a wire story, a press release, a study); leave out for first-hand reports.",
            "origin: { kind: wire-story, publisher: Reuters }"),
        FieldSpec.Must("reliability", FieldShape.Mapping(ReliabilityFields), "How reliable the source is: an Admiralty grade and the reason for it.",
            "reliability: { grade: C, reason: Established outlet; names no sources. }"),
        FieldSpec.Must("summary", FieldShape.Text, "The analyst's paraphrase of the whole source, in our own words.", "summary: In our own words, what the source reports."),
        FieldSpec.May("claims", FieldShape.ListOf(ClaimFields), "What the document asserts, one claim each, with its credibility.", "claims:"),
        FieldSpec.May("events", FieldShape.ListOf(EventFields), "Dated actions the document reports.", "events:"),
        FieldSpec.May("unknowns", FieldShape.Texts, "What this source says is not known.", "unknowns: [How many people joined.]"),
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

        var claims = f.Mappings("claims", "claim").Select(ReadClaim).ToList();
        var events = f.Mappings("events", "event").Select(ReadEvent).ToList();
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
            f.Where("id"))
        {
            Origin = ReadOrigin(f),
            Placeholders = Placeholder.ReportedIn(source, problems),
        };
    }

    /// <summary>
    /// An origin names a document of the library (`document:`, whose publisher then stands) or an outside
    /// original, which needs at least its publisher to be told apart from other originals.
    /// </summary>
    private static Origin? ReadOrigin(FieldReader owner)
    {
        var f = owner.Mapping("origin", "origin");
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
        var f = document.Mapping("reliability", "reliability");
        if (f is null) return new Reliability('F', "");
        var grade = f.Choice("grade", ProblemCodes.BadReliability, written =>
            $"reliability grade '{written}' is not an Admiralty grade; use one capital letter A–F " +
            "(A completely reliable … E unreliable, F cannot be judged)");
        var letter = grade is null ? 'F' : grade[0];
        return new Reliability(letter, f.Text("reason") ?? "");
    }

    private static Claim ReadClaim(FieldReader f)
    {
        Quote? quote = null;
        if (f.Mapping("quote", "quote") is { } q)
            quote = new Quote(q.Text("text") ?? "", q.Text("by") ?? "");
        return new Claim(
            f.Id() ?? "",
            f.Text("text") ?? "",
            f.Number("credibility", ProblemCodes.BadCredibility,
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
