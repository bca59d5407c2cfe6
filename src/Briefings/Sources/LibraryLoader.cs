using Briefings.Problems;
using Briefings.Sources.Model;
using Briefings.Sources.Reading;
using Briefings.Typesetting;

namespace Briefings.Sources;

/// <summary>
/// Parses every file of a sources folder and checks the references between them, collecting all
/// problems of all files in one pass: an analyst fixes a whole list, not one error per run.
/// </summary>
public static class LibraryLoader
{
    public static LoadResult Load(SourceFileSet files)
    {
        var problems = new List<Diagnostic>();

        IReadOnlyList<Platform> platforms = [];
        if (files.Platforms is null)
            problems.Add(Diagnostic.Error(Location.StartOf(files.PlatformsPath), ProblemCodes.FileMissing,
                "the platform registry is missing; create it with a `platforms:` list (see docs/schema.md)"));
        else
            platforms = RegistryReader.ReadPlatforms(files.Platforms, problems);

        var actors = files.Actors is null ? [] : RegistryReader.ReadActors(files.Actors, problems);

        var documents = new List<SourceDocument>();
        var unreadableDocuments = new HashSet<string>(StringComparer.Ordinal);
        foreach (var text in files.Documents)
        {
            var id = PathText.Stem(text.Path);
            if (DocumentReader.Read(text, id, problems) is { } document) documents.Add(document);
            else unreadableDocuments.Add(id);
        }

        var cases = new List<CaseFile>();
        foreach (var text in files.Cases)
            if (CaseReader.Read(text, PathText.Stem(text.Path), problems) is { } @case)
                cases.Add(@case);

        var library = new SourceLibrary(platforms, actors, documents, cases);
        bool Broken(SourceText? text) => text is not null && problems.Any(p => p.Code is ProblemCodes.YamlSyntax or ProblemCodes.ReadError or ProblemCodes.TooDeep && p.At.File == text.Path);
        var unreadable = new Unreadable(
            Registry: files.Platforms is null || Broken(files.Platforms) || Broken(files.Actors),
            Documents: unreadableDocuments);
        ReferenceChecker.Check(library, unreadable, files, problems);
        return new LoadResult(library, DiagnosticOrder.Sort(problems));
    }
}
