using Briefings.Problems;
using Briefings.Sources.Checks;
using Briefings.Sources.Model;
using Briefings.Typesetting;

namespace Briefings.Sources;

/// <summary>
/// The checks that need more than one file: unique ids and references that point at something real.
/// Each dangling reference is reported where it was written, with the nearest real name.
/// </summary>
internal sealed class ReferenceChecker
{
    private readonly SourceLibrary _library;
    private readonly Unreadable _unreadable;
    private readonly SourceFileSet _files;
    private readonly List<Diagnostic> _problems;

    private ReferenceChecker(SourceLibrary library, Unreadable unreadable, SourceFileSet files, List<Diagnostic> problems) =>
        (_library, _unreadable, _files, _problems) = (library, unreadable, files, problems);

    public static void Check(SourceLibrary library, Unreadable unreadable, SourceFileSet files, List<Diagnostic> problems)
    {
        var checker = new ReferenceChecker(library, unreadable, files, problems);
        checker.CheckUniqueIds();
        foreach (var document in library.Documents) checker.CheckDocument(document);
        foreach (var @case in library.Cases) checker.CheckCase(@case);
        checker.CheckOriginCycles();
    }

    private void CheckUniqueIds()
    {
        ReportDuplicates(_library.Platforms.Select(p => (p.Id, p.At)), "platform");
        ReportDuplicates(_library.Actors.Select(a => (a.Id, a.At)), "actor");
        ReportDuplicates(_library.Documents.Select(d => (d.Id, d.IdAt)), "document");
        ReportDuplicates(_library.Cases.Select(c => (c.Id, c.IdAt)), "case");
        var platformIds = _library.Platforms.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var actor in _library.Actors.Where(a => platformIds.Contains(a.Id)))
            Error(actor.At, ProblemCodes.DuplicateId,
                $"id '{actor.Id}' names both a platform and an actor, so references to it are ambiguous; rename the actor (e.g. '{actor.Id}-operators')");
    }

    private void ReportDuplicates(IEnumerable<(string Id, Location At)> items, string what)
    {
        var first = new Dictionary<string, Location>(StringComparer.Ordinal);
        foreach (var (id, at) in items)
        {
            if (id.Length == 0) continue;
            if (first.TryGetValue(id, out var earlier))
                Error(at, ProblemCodes.DuplicateId, $"{what} id '{id}' is already used at {earlier}; ids must be unique");
            else first[id] = at;
        }
    }

    private void CheckDocument(SourceDocument document)
    {
        CheckOrigin(document, document.Origin);
        foreach (var claim in document.Claims)
        {
            foreach (var about in claim.About) CheckEntity(about, "about");
            foreach (var other in claim.SameAs) CheckClaimLink(document, claim, other, "same_as");
            foreach (var other in claim.Contradicts) CheckClaimLink(document, claim, other, "contradicts");
            foreach (var other in claim.Revises) CheckClaimLink(document, claim, other, "revises");
            CheckOrigin(document, claim.Origin);
            if (claim.Credibility == 1 && claim.CredibilityAt is { } at)
                _problems.Add(Diagnostic.Warning(at, ProblemCodes.TypedCredibility,
                    "credibility 1 (confirmed by other sources) is earned, never typed: the brief grades a claim 1 when " +
                    "independent sources confirm it; type the grade this report deserves on its own (2 probably true, 3 possibly true, …) " +
                    "and link the other reports with `same_as` (until then it is read as 2)"));
        }
        foreach (var @event in document.Events)
        {
            CheckOrigin(document, @event.Origin);
            CheckEntity(@event.Actor, "actor");
            CheckPlatform(@event.Platform);
            if (@event.Subject is { } subject) CheckEntity(subject, "subject");
            if (@event.Claim is { } claim && document.FindClaim(claim.Text) is null)
                Error(claim.At, ProblemCodes.DanglingReference,
                    $"no claim '{claim.Text}' in this document{DidYouMean.Suffix(claim.Text, document.Claims.Select(c => c.Id))}");
        }
    }

    /// <summary>An origin that names a document must name another, real one.</summary>
    private void CheckOrigin(SourceDocument document, Origin? origin)
    {
        if (origin?.Document is not { } reference) return;
        if (reference.Text == document.Id)
            Error(reference.At, ProblemCodes.SelfOrigin,
                $"document '{document.Id}' cannot be its own origin; name the document it relays, or leave `document:` out");
        else if (!_unreadable.Documents.Contains(reference.Text) && _library.FindDocument(reference.Text) is null)
            Error(reference.At, ProblemCodes.DanglingReference,
                $"no document '{reference.Text}' in {DocumentsFolder} for this origin{DocumentSuffix(reference.Text)}");
    }

    /// <summary>
    /// Origins form chains (a report of a report of a study); a chain that comes back to where it started
    /// has no original at all. Each link that closes a loop is reported where it was written.
    /// </summary>
    private void CheckOriginCycles()
    {
        var links = _library.Documents.ToDictionary(
            d => d.Id,
            d => OriginsOf(d).Select(o => o.Document).OfType<Reference>().Where(r => r.Text != d.Id).ToList(),
            StringComparer.Ordinal);
        foreach (var (from, references) in links)
        foreach (var reference in references)
            if (PathBetween(links, reference.Text, from) is { } path)
                Error(reference.At, ProblemCodes.OriginCycle,
                    $"origin cycle: {string.Join(" → ", path.Prepend(from))}; one of these documents must be the original (leave its `origin` out)");
    }

    private static IEnumerable<Origin> OriginsOf(SourceDocument d) =>
        new[] { d.Origin }.Concat(d.Claims.Select(c => c.Origin)).Concat(d.Events.Select(e => e.Origin)).OfType<Origin>();

    /// <summary>The documents from <paramref name="start"/> to <paramref name="goal"/> along origin links, breadth first.</summary>
    private static IReadOnlyList<string>? PathBetween(IReadOnlyDictionary<string, List<Reference>> links, string start, string goal)
    {
        var previous = new Dictionary<string, string?>(StringComparer.Ordinal) { [start] = null };
        var pending = new Queue<string>([start]);
        while (pending.TryDequeue(out var at))
        {
            if (at == goal)
            {
                var path = new List<string>();
                for (string? step = at; step is not null; step = previous[step]) path.Add(step);
                path.Reverse();
                return path;
            }
            foreach (var next in links.GetValueOrDefault(at) ?? [])
                if (previous.TryAdd(next.Text, at)) pending.Enqueue(next.Text);
        }
        return null;
    }

    private void CheckCase(CaseFile @case)
    {
        foreach (var source in @case.Sources)
            if (!_unreadable.Documents.Contains(source.Text) && _library.FindDocument(source.Text) is null)
                Error(source.At, ProblemCodes.DanglingReference, $"no document '{source.Text}' in {DocumentsFolder}{DocumentSuffix(source.Text)}");

        var judgmentIds = @case.Judgments.Select(j => j.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var path in @case.Paths)
        {
            foreach (var from in path.From) CheckPlatform(from);
            CheckPlatform(path.To);
            foreach (var reference in path.Trigger.Concat(path.BasedOn)) CheckEvidence(@case, reference, judgmentIds);
        }
        foreach (var judgment in @case.Judgments) CheckQuantifiers(judgment);
        var statements = new[] { @case.BottomLine }.Concat(@case.Implications).Concat(@case.Recommendations).Concat(@case.Unknowns);
        var evidence = statements.SelectMany(s => s.BasedOn).Concat(@case.Judgments.SelectMany(j => j.BasedOn));
        foreach (var reference in evidence) CheckEvidence(@case, reference, judgmentIds);
    }

    /// <summary>A judgment's quantifiers against those of the claims it names directly.</summary>
    private void CheckQuantifiers(KeyJudgment judgment)
    {
        if (judgment.TextAt is not { } at || _files.Cases.FirstOrDefault(c => c.Path == at.File) is not { } source) return;
        var claims = judgment.BasedOn
            .Where(r => r.Item is not null)
            .Select(r => _library.FindDocument(r.Target)?.FindClaim(r.Item!)?.Text)
            .OfType<string>()
            .ToList();
        _problems.AddRange(QuantifierStrength.Check(source, at, judgment.Text, claims));
    }

    /// <summary>
    /// What a judgment or statement may rest on: a judgment of the same case ("kj-x"), a whole document
    /// of the case, or one claim or event in it ("document#item").
    /// </summary>
    private void CheckEvidence(CaseFile @case, Reference reference, IReadOnlySet<string> judgmentIds)
    {
        if (reference.Item is null && judgmentIds.Contains(reference.Text)) return;
        var documentId = reference.Target;
        if (_unreadable.Documents.Contains(documentId)) return;
        var document = _library.FindDocument(documentId);
        if (document is null)
        {
            var candidates = reference.Item is null ? judgmentIds.Concat(_library.Documents.Select(d => d.Id)) : _library.Documents.Select(d => d.Id);
            var what = reference.Item is null ? "judgment or document" : "document";
            Error(reference.At, ProblemCodes.DanglingReference,
                $"no {what} '{documentId}' for this case{DidYouMean.Suffix(documentId, candidates)}");
            return;
        }
        if (!@case.Sources.Any(s => s.Text == documentId))
            Error(reference.At, ProblemCodes.ReferenceOutsideCase,
                $"document '{documentId}' is not among this case's sources; add it to `sources:` so the brief can cite it");
        if (reference.Item is { } item && document.FindClaim(item) is null && document.FindEvent(item) is null)
        {
            var items = document.Claims.Select(c => c.Id).Concat(document.Events.Select(e => e.Id));
            Error(reference.At, ProblemCodes.DanglingReference,
                $"no claim or event '{item}' in document '{documentId}'{DidYouMean.Suffix(item, items)}");
        }
    }

    /// <summary>same_as and contradicts link a claim to a claim in another document, written "document#claim".</summary>
    private void CheckClaimLink(SourceDocument document, Claim claim, Reference other, string field)
    {
        if (other.Item is null)
        {
            Error(other.At, ProblemCodes.DanglingReference,
                $"'{field}' needs a claim written as document#claim, e.g. `{other.Text}#{claim.Id}`");
            return;
        }
        if (_unreadable.Documents.Contains(other.Target)) return;
        var target = _library.FindDocument(other.Target);
        if (target is null)
        {
            Error(other.At, ProblemCodes.DanglingReference, $"no document '{other.Target}' in {DocumentsFolder}{DocumentSuffix(other.Target)}");
            return;
        }
        if (target.Id == document.Id && other.Item == claim.Id)
        {
            Error(other.At, ProblemCodes.DanglingReference, $"claim '{claim.Id}' cannot be linked to itself by '{field}'");
            return;
        }
        if (target.FindClaim(other.Item) is null)
            Error(other.At, ProblemCodes.DanglingReference,
                $"no claim '{other.Item}' in document '{target.Id}'{DidYouMean.Suffix(other.Item, target.Claims.Select(c => c.Id))}");
    }

    private void CheckPlatform(Reference reference)
    {
        if (_unreadable.Registry || reference.Text.Length == 0 || _library.FindPlatform(reference.Text) is not null) return;
        Error(reference.At, ProblemCodes.DanglingReference,
            $"no platform '{reference.Text}' in {_files.PlatformsPath}{DidYouMean.Suffix(reference.Text, _library.Platforms.Select(p => p.Id))}");
    }

    /// <summary>Actors, subjects and "about" may name a platform (its operator) or an actor.</summary>
    private void CheckEntity(Reference reference, string field)
    {
        if (_unreadable.Registry || reference.Text.Length == 0) return;
        if (_library.FindPlatform(reference.Text) is not null || _library.FindActor(reference.Text) is not null) return;
        var names = _library.Platforms.Select(p => p.Id).Concat(_library.Actors.Select(a => a.Id));
        Error(reference.At, ProblemCodes.DanglingReference,
            $"{field} '{reference.Text}' is neither a platform in {_files.PlatformsPath} nor an actor in {_files.ActorsPath}{DidYouMean.Suffix(reference.Text, names)}");
    }

    private string DocumentsFolder => PathText.Join(_files.Root, "documents");

    private string DocumentSuffix(string id) => DidYouMean.Suffix(id, _library.Documents.Select(d => d.Id));

    private void Error(Location at, string code, string message) => _problems.Add(Diagnostic.Error(at, code, message));
}
