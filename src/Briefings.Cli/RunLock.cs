using Briefings.Runs;

namespace Briefings.Cli;

/// <summary>
/// One run per output folder at a time. A whole run or a merge holds the folder's lock file exclusively;
/// shards of one month run together, so each holds it shared, plus its own shard's lock exclusively.
/// Two runs that would delete or overwrite each other's files cannot overlap; the second stops at once
/// and says so. The locks are the operating system's (flock), released when the process ends however
/// it ends, so a killed run never leaves the folder locked; the empty lock files may stay.
/// </summary>
internal sealed class RunLock : IDisposable
{
    public const string FileName = ".briefings.lock";

    private readonly List<FileStream> _held;

    private RunLock(List<FileStream> held) => _held = held;

    public static RunLock Take(string root, Shard shard)
    {
        Directory.CreateDirectory(root);
        var held = new List<FileStream>();
        try
        {
            held.Add(Open(Path.Combine(root, FileName), shard.IsWhole ? FileShare.None : FileShare.ReadWrite, root, shard));
            if (!shard.IsWhole) held.Add(Open(Path.Combine(root, $".briefings-shard-{shard.Index}-of-{shard.Count}.lock"), FileShare.None, root, shard));
            return new RunLock(held);
        }
        catch
        {
            foreach (var stream in held) stream.Dispose();
            throw;
        }
    }

    private static FileStream Open(string path, FileShare share, string root, Shard shard)
    {
        try
        {
            return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, share);
        }
        catch (IOException e) when (e is not FileNotFoundException and not DirectoryNotFoundException && File.Exists(path))
        {
            var other = shard.IsWhole ? "another briefings run (or shard)" : $"another run of shard {shard}, or a whole run or merge,";
            throw new RunRefusedException($"{root}: {other} is using this folder now; wait for it to finish and run again (the lock is {path})");
        }
    }

    public void Dispose()
    {
        foreach (var stream in _held) stream.Dispose();
    }
}
