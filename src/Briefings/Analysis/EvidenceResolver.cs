using Briefings.Sources.Model;

namespace Briefings.Analysis;

/// <summary>Resolves a validated case's references; a miss here is a bug, since validation ran first.</summary>
public sealed class EvidenceResolver(SourceLibrary library, CaseFile @case)
{
    public Evidence Resolve(Reference reference)
    {
        if (reference.Item is null && @case.Judgments.FirstOrDefault(j => j.Id == reference.Text) is { } judgment)
            return new Evidence(null, null, null, judgment);
        var document = library.FindDocument(reference.Target)
            ?? throw new InvalidOperationException($"unvalidated reference '{reference}' at {reference.At}");
        if (reference.Item is null) return new Evidence(document, null, null, null);
        return new Evidence(document, document.FindClaim(reference.Item), document.FindEvent(reference.Item), null);
    }

    /// <summary>
    /// The documents behind <paramref name="references"/>, following judgments to what they rest on,
    /// in the order of the case's sources so footnotes number the same way every time.
    /// </summary>
    public IReadOnlyList<SourceDocument> Documents(IEnumerable<Reference> references) =>
        Reports(references).Select(r => r.Document).DistinctBy(d => d.Id).ToList();

    /// <summary>
    /// The reports behind <paramref name="references"/>, following judgments: each document once per origin,
    /// taking a claim's or event's own origin where it names one, in the order of the case's sources.
    /// </summary>
    public IReadOnlyList<SourcedReport> Reports(IEnumerable<Reference> references)
    {
        var found = new List<SourcedReport>();
        var visited = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Queue<Reference>(references);
        while (pending.TryDequeue(out var reference))
        {
            var evidence = Resolve(reference);
            if (evidence.Judgment is { } judgment)
            {
                if (visited.Add(judgment.Id))
                    foreach (var next in judgment.BasedOn) pending.Enqueue(next);
            }
            else if (evidence.Document is { } document)
                found.Add(new SourcedReport(document, evidence.Claim?.Origin ?? evidence.Event?.Origin));
        }
        var order = @case.Sources.Select((s, i) => (s.Text, i)).ToDictionary(p => p.Text, p => p.i, StringComparer.Ordinal);
        return found
            .DistinctBy(r => (r.Document.Id, r.ItemOrigin))
            .OrderBy(r => order.GetValueOrDefault(r.Document.Id, int.MaxValue))
            .ToList();
    }
}
