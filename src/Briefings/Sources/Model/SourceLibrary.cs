namespace Briefings.Sources.Model;

/// <summary>Everything under sources/, read and parsed. Lookups are by id; ids are unique once validated.</summary>
public sealed record SourceLibrary(
    IReadOnlyList<Platform> Platforms,
    IReadOnlyList<Actor> Actors,
    IReadOnlyList<SourceDocument> Documents,
    IReadOnlyList<CaseFile> Cases)
{
    public Platform? FindPlatform(string id) => Platforms.FirstOrDefault(p => p.Id == id);

    public Actor? FindActor(string id) => Actors.FirstOrDefault(a => a.Id == id);

    public SourceDocument? FindDocument(string id) => Documents.FirstOrDefault(d => d.Id == id);

    public CaseFile? FindCase(string id) => Cases.FirstOrDefault(c => c.Id == id);
}
