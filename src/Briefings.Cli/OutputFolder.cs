using Briefings.Runs;
using Briefings.Typesetting.Files;

namespace Briefings.Cli;

/// <summary>
/// A run's output folder on disk: the manifests left by earlier runs, the hashes of the files they
/// recorded, and removal of outputs a new manifest no longer lists.
/// </summary>
internal sealed class OutputFolder(string root)
{
    public string Root => root;

    public string PathOf(string file) => Path.Combine(root, file.Replace('/', Path.DirectorySeparatorChar));

    /// <summary>The hash of a file as it is now, or null when it is not there (or is not a regular file).</summary>
    public string? HashOf(string file) => Bytes(file) is { } bytes ? InputHash.OfBytes(bytes) : null;

    /// <summary>A file's bytes when it is a regular file; never opens a FIFO or a device someone put in the folder.</summary>
    private byte[]? Bytes(string file)
    {
        var path = PathOf(file);
        return FileKinds.Of(path, followLinks: false) == FileKind.Regular ? File.ReadAllBytes(path) : null;
    }

    public void Write(string file, byte[] bytes) => AtomicFile.WriteAllBytes(PathOf(file), bytes);

    /// <summary>
    /// Writes a manifest only when its bytes change, so a run that rebuilt nothing leaves the folder
    /// exactly as it was, timestamps included (rsync and backups then see nothing to do).
    /// </summary>
    public void WriteIfChanged(string file, byte[] bytes)
    {
        if (Bytes(file) is { } old && old.AsSpan().SequenceEqual(bytes)) return;
        AtomicFile.WriteAllBytes(PathOf(file), bytes);
    }

    /// <summary>A manifest in this folder; no manifest and no error when there is none, an error when it cannot be read.</summary>
    public (Manifest? Manifest, string? Error) ReadManifest(string name)
    {
        if (FileKinds.Of(PathOf(name), followLinks: false) == FileKind.Missing) return (null, null);
        return Bytes(name) is { } bytes
            ? ManifestJson.Read(System.Text.Encoding.UTF8.GetString(bytes), Path.Combine(root, name))
            : (null, $"{Path.Combine(root, name)}: is not a regular file");
    }

    /// <summary>
    /// The manifest an earlier run of <paramref name="month"/> left, to decide what is up to date and what
    /// it wrote. Trusted only when it is exactly what this tool writes: a manifest that cannot be read, was
    /// edited by hand, or came from something else could make a run delete files it never wrote, and one
    /// of another month would make this run delete that month's briefs. Those stop the run, untouched.
    /// </summary>
    public Manifest? ReadPrevious(string name, Month month)
    {
        var (manifest, error) = ReadManifest(name);
        if (manifest is null && error is null) return null;
        var shown = Path.Combine(root, name);
        var bytes = Bytes(name) ?? [];
        const string what = "move it aside (or delete it) if this folder is meant for this run, or choose another --out; nothing was built or removed";
        if (manifest is null)
            throw new RunRefusedException($"{error}; it was not written by briefings, so it is neither trusted nor overwritten: {what}");
        if (!ManifestJson.Write(manifest).AsSpan().SequenceEqual(bytes))
            throw new RunRefusedException($"{shown}: was changed since briefings wrote it, so it is neither trusted nor overwritten: {what}");
        if (manifest.Month != month.ToString())
            throw new RunRefusedException($"{shown}: this folder holds the run of {manifest.Month}; a run of {month} here would remove that month's files. " +
                                          $"Give each month its own --out (the default is out/monthly/YYYY-MM)");
        return manifest;
    }

    /// <summary>
    /// A failed output's entry, keeping the good file an earlier run wrote there when its bytes are still
    /// those recorded: a failure never deletes good output; the manifest marks the file stale instead.
    /// </summary>
    public ManifestEntry Failed(ManifestEntry failed, ManifestEntry? previous) =>
        previous?.Output is { } kept && HashOf(failed.File) == kept ? failed.KeepingStale(kept) : failed;

    /// <summary>Every shard manifest in the folder, in name order.</summary>
    public IReadOnlyList<string> ShardManifestNames() =>
        Directory.Exists(root)
            ? Directory.EnumerateFiles(root, "manifest.shard-*.json").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToList()
            : [];

    /// <summary>
    /// Deletes outputs the previous manifest listed that the new one no longer has: cases that left the
    /// month, formats no longer asked for. Only a file this tool wrote is deleted: its name must be one a
    /// run could have written, and its bytes still those the manifest recorded (a file someone replaced
    /// is theirs now). A failed output's earlier good file stays, marked stale.
    /// </summary>
    public IReadOnlyList<string> Prune(Manifest? previous, Manifest current)
    {
        if (previous is null) return [];
        var kept = current.Outputs.Where(o => o.Status == OutputStatus.Ok || o.Stale).Select(o => o.File).ToHashSet(StringComparer.Ordinal);
        var removed = new List<string>();
        foreach (var entry in previous.Outputs.Where(o => !kept.Contains(o.File) && OutputNames.IsOwn(o.File) && o.Output is not null)
                     .DistinctBy(o => o.File).OrderBy(o => o.File, StringComparer.Ordinal))
        {
            if (HashOf(entry.File) != entry.Output) continue;
            File.Delete(PathOf(entry.File));
            removed.Add(entry.File);
        }
        return removed;
    }
}
