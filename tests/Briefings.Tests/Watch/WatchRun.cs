using Briefings.Cli.Watch;

namespace Briefings.Tests.Watch;

/// <summary>`watch` running in process on one target until stopped: what it logs, and waiting on it.</summary>
internal sealed class WatchRun : IDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly StringWriter _log = new();
    private readonly TextWriter _syncLog;

    public WatchRun(IWatchTarget target, int? port = null)
    {
        _syncLog = TextWriter.Synchronized(_log);
        Watching = Task.Run(() => WatchCommand.Run(target, writeHtml: false, port, _syncLog, _stop.Token));
    }

    public Task<int> Watching { get; }

    public string Log
    {
        get
        {
            lock (_syncLog) return _log.ToString();
        }
    }

    /// <summary>How many builds have ended with a current PDF.</summary>
    public int GoodBuilds => Log.Split('\n').Count(l => l.Contains(" is current ("));

    /// <summary>Stops the watch (as Ctrl-C does) and returns its exit code.</summary>
    public int Stop()
    {
        _stop.Cancel();
        Assert.True(Watching.Wait(TimeSpan.FromSeconds(10)), "watch did not stop within 10 s of being cancelled:\n" + Log);
        return Watching.Result;
    }

    public void Dispose()
    {
        if (!Watching.IsCompleted) Stop();
    }

    /// <summary>Waits until <paramref name="condition"/> holds, failing with the log after <paramref name="seconds"/>.</summary>
    public void Until(Func<bool> condition, string what, double seconds = 30)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (!condition())
        {
            if (Watching.IsCompleted) Assert.Fail($"watch ended (exit {Watching.Result}) before {what}:\n{Log}");
            if (DateTime.UtcNow > deadline) Assert.Fail($"not within {seconds} s: {what}\n{Log}");
            Thread.Sleep(25);
        }
    }
}
