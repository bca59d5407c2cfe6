namespace Briefings.Runs;

/// <summary>
/// manifest.json: what a monthly run (or one shard of it) produced. <see cref="Cases"/> are the cases it
/// was responsible for, so a merge can prove every case of the month was built exactly once. Nothing
/// here depends on the clock or on how long anything took, so a re-run writes the same bytes.
/// </summary>
public sealed record Manifest(string Month, string Tool, Shard? Shard, IReadOnlyList<string> Cases, IReadOnlyList<ManifestEntry> Outputs)
{
    public const string FileName = "manifest.json";

    public IEnumerable<ManifestEntry> ForCase(string id) => Outputs.Where(o => o.Case == id);

    public ManifestEntry? Find(string file) => Outputs.FirstOrDefault(o => o.File == file);

    /// <summary>Entries and cases in ordinal order: the one order every run writes.</summary>
    public Manifest Sorted() => this with
    {
        Cases = Cases.Order(StringComparer.Ordinal).ToList(),
        Outputs = Outputs.OrderBy(o => o.File, StringComparer.Ordinal).ToList(),
    };
}
