using System.Diagnostics;
using Briefings.Cli;

namespace Briefings.Tests.Watch;

/// <summary>The real executable: Ctrl-C (SIGINT) and a polite kill (SIGTERM) end a watch cleanly, exit 0.</summary>
public sealed class WatchProcessTests
{
    [Theory]
    [InlineData("INT")]
    [InlineData("TERM")]
    public void A_signal_stops_the_watch_cleanly(string signal)
    {
        var pdf = Path.Combine(Path.GetTempPath(), $"briefings-watch-{Guid.NewGuid():N}.pdf");
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { Path.Combine(AppContext.BaseDirectory, "briefings.dll"), "watch", "caliphate-book-2015", "-o", pdf,
                     "--sources", TestPaths.RepositorySources, "--templates", TestPaths.RepositoryTemplates })
            info.ArgumentList.Add(a);
        using var process = Process.Start(info)!;
        var stderr = new System.Text.StringBuilder();
        process.ErrorDataReceived += (_, e) => { lock (stderr) stderr.AppendLine(e.Data); };
        process.BeginErrorReadLine();
        try
        {
            var deadline = DateTime.UtcNow.AddSeconds(60);
            while (!Text().Contains(" is current (") && DateTime.UtcNow < deadline && !process.HasExited) Thread.Sleep(50);
            Assert.Contains(" is current (", Text());

            Process.Start("kill", [$"-{signal}", process.Id.ToString()])!.WaitForExit();
            Assert.True(process.WaitForExit(10_000), "watch did not stop within 10 s:\n" + Text());
            process.WaitForExit();
            Assert.Equal(ExitCodes.Ok, process.ExitCode);
            Assert.Contains("] stopped", Text());
            Assert.True(File.Exists(pdf));
        }
        finally
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
            File.Delete(pdf);
        }

        string Text()
        {
            lock (stderr) return stderr.ToString();
        }
    }
}
