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
}
