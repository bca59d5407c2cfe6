using Briefings.Runs;

namespace Briefings.Cli;

/// <summary>
/// A run's output folder on disk: the manifests left by earlier runs, the hashes of the files they
/// recorded, and removal of outputs a new manifest no longer lists.
/// </summary>
internal sealed class OutputFolder(string root)
{
    public string Root => root;

    public string PathOf(string file) => Path.Combine(root, file.Replace('/', Path.DirectorySeparatorChar));

    /// <summary>The hash of a file as it is now, or null when it is not there.</summary>
    public string? HashOf(string file)
    {
        var path = PathOf(file);
        return File.Exists(path) ? InputHash.OfBytes(File.ReadAllBytes(path)) : null;
    }

    public void Write(string file, byte[] bytes) => AtomicFile.WriteAllBytes(PathOf(file), bytes);

    /// <summary>
    /// Writes a manifest only when its bytes change, so a run that rebuilt nothing leaves the folder
    /// exactly as it was, timestamps included (rsync and backups then see nothing to do).
    /// </summary>
    public void WriteIfChanged(string file, byte[] bytes)
    {
        var path = PathOf(file);
        if (File.Exists(path) && File.ReadAllBytes(path).AsSpan().SequenceEqual(bytes)) return;
        AtomicFile.WriteAllBytes(path, bytes);
    }

    /// <summary>A manifest in this folder; no manifest and no error when there is none, an error when it cannot be read.</summary>
    public (Manifest? Manifest, string? Error) ReadManifest(string name)
    {
        var path = PathOf(name);
        return File.Exists(path) ? ManifestJson.Read(File.ReadAllText(path), Path.Combine(root, name)) : (null, null);
    }

    /// <summary>
    /// The manifest an earlier run left, to decide what is up to date. One that cannot be read is reported
    /// and treated as absent: the run then rebuilds everything, which is slower but never wrong.
    /// </summary>
    public Manifest? ReadPrevious(string name, RunLog log)
    {
        var (manifest, error) = ReadManifest(name);
        if (error is not null) log.Problems([$"warning: {error}; rebuilding as if it were not there"]);
        return manifest;
    }

    /// <summary>Every shard manifest in the folder, in name order.</summary>
    public IReadOnlyList<string> ShardManifestNames() =>
        Directory.Exists(root)
            ? Directory.EnumerateFiles(root, "manifest.shard-*.json").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToList()
            : [];

    /// <summary>
    /// Deletes outputs the previous manifest listed that the new one does not list as built: cases that
    /// left the month, formats no longer asked for, and briefs whose case now fails (an old PDF beside a
    /// "failed" entry would be taken for current). Only names a run could have written are touched.
    /// </summary>
    public IReadOnlyList<string> Prune(Manifest? previous, Manifest current)
    {
        if (previous is null) return [];
        var kept = current.Outputs.Where(o => o.Status == OutputStatus.Ok).Select(o => o.File).ToHashSet(StringComparer.Ordinal);
        var removed = new List<string>();
        foreach (var file in previous.Outputs.Select(o => o.File).Where(f => !kept.Contains(f) && OutputNames.IsOwn(f)).Distinct().Order(StringComparer.Ordinal))
        {
            var path = PathOf(file);
            if (!File.Exists(path)) continue;
            File.Delete(path);
            removed.Add(file);
        }
        return removed;
    }
}
