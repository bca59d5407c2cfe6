namespace Briefings.Sources.Model;

/// <summary>Everything under sources/, read and parsed. Lookups are by id; ids are unique once validated.</summary>
public sealed record SourceLibrary(
    IReadOnlyList<Platform> Platforms,
    IReadOnlyList<Actor> Actors,
    IReadOnlyList<SourceDocument> Documents,
    IReadOnlyList<CaseFile> Cases)
{
    // Indexes built on first use: a monthly run of thousands of cases looks documents up millions of times.
    private readonly Lookup<Platform> _platforms = new(p => p.Id);
    private readonly Lookup<Actor> _actors = new(a => a.Id);
    private readonly Lookup<SourceDocument> _documents = new(d => d.Id);
    private readonly Lookup<CaseFile> _cases = new(c => c.Id);

    public Platform? FindPlatform(string id) => _platforms.Find(Platforms, id);

    public Actor? FindActor(string id) => _actors.Find(Actors, id);

    public SourceDocument? FindDocument(string id) => _documents.Find(Documents, id);

    public CaseFile? FindCase(string id) => _cases.Find(Cases, id);
}
