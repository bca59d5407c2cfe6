using Briefings.Problems;
using Briefings.Sources.Model;

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
    private readonly List<Problem> _problems;

    private ReferenceChecker(SourceLibrary library, Unreadable unreadable, SourceFileSet files, List<Problem> problems) =>
        (_library, _unreadable, _files, _problems) = (library, unreadable, files, problems);

    public static void Check(SourceLibrary library, Unreadable unreadable, SourceFileSet files, List<Problem> problems)
    {
        var checker = new ReferenceChecker(library, unreadable, files, problems);
        checker.CheckUniqueIds();
        foreach (var document in library.Documents) checker.CheckDocument(document);
        foreach (var @case in library.Cases) checker.CheckCase(@case);
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
        foreach (var claim in document.Claims)
        {
            foreach (var about in claim.About) CheckEntity(about, "about");
            foreach (var other in claim.SameAs) CheckClaimLink(document, claim, other, "same_as");
            foreach (var other in claim.Contradicts) CheckClaimLink(document, claim, other, "contradicts");
        }
        foreach (var @event in document.Events)
        {
            CheckEntity(@event.Actor, "actor");
            CheckPlatform(@event.Platform);
            if (@event.Subject is { } subject) CheckEntity(subject, "subject");
            if (@event.Claim is { } claim && document.FindClaim(claim.Text) is null)
                Error(claim.At, ProblemCodes.DanglingReference,
                    $"no claim '{claim.Text}' in this document{DidYouMean.Suffix(claim.Text, document.Claims.Select(c => c.Id))}");
        }
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
        var statements = new[] { @case.BottomLine }.Concat(@case.Implications).Concat(@case.Recommendations).Concat(@case.Unknowns);
        var evidence = statements.SelectMany(s => s.BasedOn).Concat(@case.Judgments.SelectMany(j => j.BasedOn));
        foreach (var reference in evidence) CheckEvidence(@case, reference, judgmentIds);
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

    private void Error(Location at, string code, string message) => _problems.Add(Problem.Error(at, code, message));
}
