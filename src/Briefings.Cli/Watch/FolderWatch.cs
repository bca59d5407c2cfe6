using System.Threading.Channels;

namespace Briefings.Cli.Watch;

/// <summary>
/// File-system watchers on a set of folders that say only "something was saved": which file, and whether
/// it matters, is decided later from a <see cref="Fingerprint"/>. Editors save in many ways (write in place,
/// write a copy and rename it over, delete and create), so every kind of event counts, and so does a
/// watcher's own overflow.
/// </summary>
internal sealed class FolderWatch : IDisposable
{
    private readonly Channel<bool> _saves = Channel.CreateUnbounded<bool>(new UnboundedChannelOptions { SingleReader = true });
    private List<(WatchedFolder Folder, FileSystemWatcher Watcher)> _watchers = [];

    /// <summary>Watches exactly <paramref name="folders"/> from now on (those that exist; a missing one is watched from its parent's next rebuild).</summary>
    public void Watch(IReadOnlyList<WatchedFolder> folders)
    {
        var wanted = folders.Select(f => f with { Path = Path.GetFullPath(f.Path) }).Distinct().Where(f => Directory.Exists(f.Path)).ToList();
        if (wanted.SequenceEqual(_watchers.Select(w => w.Folder))) return;
        foreach (var (_, watcher) in _watchers) watcher.Dispose();
        _watchers = wanted.Select(folder => (folder, Start(folder))).ToList();
    }

    /// <summary>Waits for a save, then for the burst to end: returns once nothing has been saved for <paramref name="quiet"/>.</summary>
    public async Task NextChange(TimeSpan quiet, CancellationToken stop)
    {
        await _saves.Reader.ReadAsync(stop);
        while (true)
        {
            using var window = CancellationTokenSource.CreateLinkedTokenSource(stop);
            window.CancelAfter(quiet);
            try
            {
                await _saves.Reader.ReadAsync(window.Token);
            }
            catch (OperationCanceledException) when (!stop.IsCancellationRequested)
            {
                return;
            }
        }
    }

    public void Dispose()
    {
        foreach (var (_, watcher) in _watchers) watcher.Dispose();
        _watchers = [];
    }

    private FileSystemWatcher Start(WatchedFolder folder)
    {
        var watcher = new FileSystemWatcher(folder.Path)
        {
            IncludeSubdirectories = folder.Recursive,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
        };
        watcher.Changed += (_, _) => _saves.Writer.TryWrite(true);
        watcher.Created += (_, _) => _saves.Writer.TryWrite(true);
        watcher.Deleted += (_, _) => _saves.Writer.TryWrite(true);
        watcher.Renamed += (_, _) => _saves.Writer.TryWrite(true);
        watcher.Error += (_, _) => _saves.Writer.TryWrite(true);
        watcher.EnableRaisingEvents = true;
        return watcher;
    }
}
