using Briefings.Sources.Model;

namespace Briefings.Analysis;

/// <summary>
/// Groups a case's claims into <see cref="Corroboration"/>s. Claims are the same when an analyst links
/// them with `same_as`, from either side and through other claims (A same_as B, B same_as C: one claim
/// in three sources). Only documents of the case count; every claim belongs to exactly one group.
/// </summary>
public static class CorroborationFinder
{
    public static IReadOnlyList<Corroboration> Find(Provenance provenance, IReadOnlyList<SourceDocument> documents)
    {
        var reports = documents.SelectMany(d => d.Claims.Select(c => new ClaimReport(d, c))).ToList();
        var index = reports.Select((r, i) => (Key(r.Document.Id, r.Claim.Id), i)).ToDictionary(p => p.Item1, p => p.i, StringComparer.Ordinal);
        var groups = new DisjointSets(reports.Count);
        foreach (var (report, i) in reports.Select((r, i) => (r, i)))
        foreach (var link in report.Claim.SameAs)
            if (index.TryGetValue(link.Text, out var j)) groups.Join(i, j);

        var contradicted = ContradictedClaims(documents, index.Keys.ToHashSet(StringComparer.Ordinal));
        return Enumerable.Range(0, reports.Count)
            .GroupBy(groups.Find)
            .OrderBy(g => g.Min())
            .Select(g =>
            {
                var members = g.Order().Select(i => reports[i]).ToList();
                var graded = members.Select(m => (new SourcedReport(m.Document, m.Claim.Origin), (int?)m.Claim.Credibility)).ToList();
                var disputed = members.Any(m => contradicted.Contains(Key(m.Document.Id, m.Claim.Id)));
                var grade = CredibilityRule.Derive(provenance, graded, disputed)!.Value;
                return new Corroboration(members, provenance.Of(graded.Select(r => r.Item1)), grade, disputed);
            })
            .ToList();
    }

    /// <summary>Claims on either end of a `contradicts` link whose other end is also in the case.</summary>
    public static IReadOnlySet<string> ContradictedClaims(IReadOnlyList<SourceDocument> documents, IReadOnlySet<string> inCase)
    {
        var result = new HashSet<string>(StringComparer.Ordinal);
        foreach (var document in documents)
        foreach (var claim in document.Claims)
        foreach (var link in claim.Contradicts)
        {
            if (!inCase.Contains(link.Text)) continue;
            result.Add(Key(document.Id, claim.Id));
            result.Add(link.Text);
        }
        return result;
    }

    public static string Key(string documentId, string itemId) => $"{documentId}#{itemId}";

    /// <summary>Union–find over report indices; local to one call, so no state outlives it.</summary>
    private sealed class DisjointSets(int count)
    {
        private readonly int[] _parent = Enumerable.Range(0, count).ToArray();

        public int Find(int i)
        {
            while (_parent[i] != i) i = _parent[i] = _parent[_parent[i]];
            return i;
        }

        /// <summary>Keeps the lower index as the root, so a group is named by its first report.</summary>
        public void Join(int a, int b)
        {
            var (ra, rb) = (Find(a), Find(b));
            if (ra == rb) return;
            if (ra < rb) _parent[rb] = ra;
            else _parent[ra] = rb;
        }
    }
}
