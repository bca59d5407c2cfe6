using System.Diagnostics;
using System.Globalization;
using Briefings.Runs;

namespace Briefings.Cli.Watch;

/// <summary>
/// Build once, then again after every burst of saves that changed a file the output depends on, until
/// stopped. A good build replaces the outputs (atomically); a failed one prints its problems at
/// file:line:column and leaves the last good outputs where they are. Each build ends with one line
/// saying whether the output is current.
/// </summary>
internal sealed class WatchLoop(IWatchTarget target, bool writeHtml, TextWriter log, PreviewServer? server)
{
    /// <summary>How long the folders must stay quiet before a rebuild: editors save in bursts.</summary>
    public static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(100);

    private bool _hasGoodBuild;

    /// <summary>
    /// Builds, then rebuilds on every change until <paramref name="stop"/> is cancelled (exit 0). A first build
    /// that fails for a usage mistake (no such case) stops at once with its exit code.
    /// </summary>
    public async Task<int> Run(CancellationToken stop)
    {
        // Watch first, then fingerprint, then build: a save at any moment after the fingerprint is either
        // seen by a watcher or found by comparing fingerprints after the build; none slips between them.
        using var folders = new FolderWatch();
        folders.Watch(target.Folders(Nothing));
        var built = Fingerprint.Of(target.Files(Nothing));
        var clock = Stopwatch.StartNew();
        var last = target.Build();
        if (last.ExitCode == ExitCodes.Usage)
        {
            last.Report(log);
            return ExitCodes.Usage;
        }
        built = built.Including(target.Files(last));
        last = Finish(last, clock);
        while (!stop.IsCancellationRequested)
        {
            folders.Watch(target.Folders(last));
            var now = Fingerprint.Of(target.Files(last));
            var changed = now.ChangedSince(built);
            if (changed.Count == 0)
            {
                try
                {
                    await folders.NextChange(Quiet, stop);
                }
                catch (OperationCanceledException)
                {
                    break;
                }
                continue;
            }
            Say($"changed: {string.Join(", ", changed.Select(Shown))}");
            clock.Restart();
            var result = target.Build();
            built = now.Including(target.Files(result));
            last = Finish(result, clock);
        }
        Say("stopped");
        return ExitCodes.Ok;
    }

    private static readonly BuildResult Nothing = new([], [], ExitCodes.Ok);

    /// <summary>Writes a good build's outputs, reports, and tells the preview.</summary>
    private BuildResult Finish(BuildResult result, Stopwatch clock)
    {
        result.Report(log);
        if (result.Succeeded)
        {
            try
            {
                foreach (var file in result.Files) Write(file);
                _hasGoodBuild = true;
                Say($"{target.PdfPath} is current ({result.Files[0].Pages} pages, built in {clock.ElapsedMilliseconds} ms)");
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                log.WriteLine($"error: {Typesetting.Printable.Escape(e.Message)}");
                result = result with { ExitCode = ExitCodes.InvalidInput };
                Failed();
            }
        }
        else
        {
            Failed();
        }
        server?.Publish(result);
        return result;

        void Failed() => Say(_hasGoodBuild
            ? $"not rebuilt: {target.PdfPath} is still the last good build; fix the problems above and save again"
            : "no good build yet; fix the problems above and save again");
    }

    private void Write(TypesetFile file)
    {
        if (file.Format == OutputFormat.Pdf) AtomicFile.WriteAllBytes(target.PdfPath, file.Bytes);
        else if (writeHtml) AtomicFile.WriteAllBytes(Path.ChangeExtension(target.PdfPath, ".html"), file.Bytes);
    }

    private void Say(string line) =>
        log.WriteLine($"[{DateTime.Now.ToString("HH:mm:ss", CultureInfo.InvariantCulture)}] {line}");

    private static string Shown(string path) => Path.GetRelativePath(Environment.CurrentDirectory, path);
}
