using Briefings.Sources.Model;

namespace Briefings.Analysis;

/// <summary>
/// Follows origins through the library and decides which reports are independent (docs/analysis.md,
/// "Independent origins"): two reports are independent only when their origin chains share no report and
/// no publisher, so a report of a study is not independent of the study, nor two mastheads of one wire story.
/// </summary>
public sealed class Provenance(SourceLibrary library)
{
    public OriginChain Chain(SourcedReport report)
    {
        var nodes = new List<OriginNode>();
        var publishers = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var document = report.Document;
        var origin = report.ItemOrigin ?? document.Origin;
        // A library document can name another as its origin; the walk stops at a document already seen,
        // which validation reports as a cycle.
        while (true)
        {
            nodes.Add(Node(document));
            publishers.Add(Normal(document.Publisher));
            if (origin is null) break;
            if (origin.Document is { } reference && library.FindDocument(reference.Text) is { } next
                && nodes.All(n => n.Document?.Id != next.Id))
            {
                document = next;
                origin = next.Origin;
                continue;
            }
            if (origin.Document is null)
            {
                var publisher = Normal(origin.Publisher ?? "");
                nodes.Add(new OriginNode(
                    $"origin:{Vocabulary<OriginKind>.Word(origin.Kind)}|{publisher.ToLowerInvariant()}|{origin.Title}|{origin.Date}",
                    publisher, Noun(origin.Kind), null));
                publishers.Add(publisher);
            }
            break;
        }
        return new OriginChain(nodes, publishers);
    }

    /// <summary>Documents grouped into independent origins, each by the origin of the document as a whole.</summary>
    public Support Of(IEnumerable<SourceDocument> documents) => Of(documents.Select(d => new SourcedReport(d, null)));

    /// <summary>
    /// Reports grouped into independent origins: two reports fall in one group when they are not
    /// independent, directly or through a third. Groups come in the order of their first report.
    /// </summary>
    public Support Of(IEnumerable<SourcedReport> reports)
    {
        var list = reports.ToList();
        var chains = list.Select(Chain).ToList();
        var group = Enumerable.Range(0, list.Count).ToArray();
        int Find(int i) => group[i] == i ? i : group[i] = Find(group[i]);
        for (var i = 0; i < list.Count; i++)
        for (var j = 0; j < i; j++)
            if (list[i].Document.Id == list[j].Document.Id || !chains[i].IndependentOf(chains[j]))
                group[Math.Max(Find(i), Find(j))] = Math.Min(Find(i), Find(j));

        var groups = Enumerable.Range(0, list.Count)
            .GroupBy(Find)
            .OrderBy(g => g.Key)
            .Select(g =>
            {
                // A document that relays several originals counts with all of them: what the group
                // shares is what every one of its documents passes through, by one report or another.
                var byDocument = g.GroupBy(i => list[i].Document.Id)
                    .Select(d => (Document: list[d.First()].Document,
                                  Nodes: d.SelectMany(i => chains[i].Nodes).ToList(),
                                  Publishers: d.SelectMany(i => chains[i].Publishers).ToHashSet(StringComparer.OrdinalIgnoreCase)))
                    .ToList();
                var documents = byDocument.Select(d => d.Document).ToList();
                // The original furthest back names the group: "one Reuters story", not the first masthead.
                var shared = documents.Count > 1
                    ? byDocument[0].Nodes.LastOrDefault(n => byDocument.All(d => d.Nodes.Any(o => o.Key == n.Key)))
                    : null;
                var publisher = shared is null && documents.Count > 1
                    ? byDocument[0].Publishers.FirstOrDefault(p => byDocument.All(d => d.Publishers.Contains(p)))
                    : null;
                return new OriginGroup(documents, shared, publisher);
            })
            .ToList();
        return new Support(list.Select(r => r.Document).DistinctBy(d => d.Id).ToList(), groups);
    }

    private static OriginNode Node(SourceDocument d) =>
        new($"document:{d.Id}", Normal(d.Publisher), OriginNode.NounOf(d.Kind), d);

    private static string Normal(string publisher) =>
        string.Join(' ', publisher.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static string Noun(OriginKind kind) => kind switch
    {
        OriginKind.WireStory => "story",
        OriginKind.PressRelease => "press release",
        OriginKind.Study => "study",
        OriginKind.Statement => "statement",
        _ => "report",
    };

}
