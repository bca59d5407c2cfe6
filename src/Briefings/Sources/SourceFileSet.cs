namespace Briefings.Sources;

/// <summary>
/// The raw texts of a sources folder, by role. <paramref name="Root"/> is the folder as the user named it,
/// used to print paths of files that are missing.
/// </summary>
public sealed record SourceFileSet(
    string Root,
    SourceText? Platforms,
    SourceText? Actors,
    IReadOnlyList<SourceText> Documents,
    IReadOnlyList<SourceText> Cases)
{
    public string PlatformsPath => PathText.Join(Root, "platforms.yaml");

    public string ActorsPath => PathText.Join(Root, "actors.yaml");

    // Built on first use: hashing a run's inputs looks a case's file and its documents up once per case.
    private readonly Lookup<SourceText> _casesByPath = new(c => c.Path);
    private readonly Lookup<SourceText> _documentsById = new(d => PathText.Stem(d.Path));

    /// <summary>The case file read from <paramref name="path"/>, if any.</summary>
    public SourceText? CaseAt(string path) => _casesByPath.Find(Cases, path);

    /// <summary>The document file whose name is <paramref name="id"/>, if any.</summary>
    public SourceText? DocumentNamed(string id) => _documentsById.Find(Documents, id);
}
