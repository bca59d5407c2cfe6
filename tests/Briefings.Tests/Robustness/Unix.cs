using System.Diagnostics;

namespace Briefings.Tests.Robustness;

/// <summary>
/// The Unix tools these tests set the scene with (mkfifo, mknod, mount): .NET has no calls for them.
/// Mounting needs root, which CI has; elsewhere the tests that need it are skipped, never passed.
/// </summary>
internal static class Unix
{
    public static bool IsRoot => Environment.UserName == "root" || Run("id", "-u").Output.Trim() == "0";

    public static bool InCi => Environment.GetEnvironmentVariable("CI") == "true";

    public static void MakeFifo(string path) => Must("mkfifo", path);

    public static (int Exit, string Output) Run(string tool, params string[] args)
    {
        var info = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args) info.ArgumentList.Add(a);
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output);
    }

    public static void Must(string tool, params string[] args)
    {
        var (exit, output) = Run(tool, args);
        if (exit != 0) throw new InvalidOperationException($"{tool} {string.Join(' ', args)}: {output}");
    }

    /// <summary>Skips the test outside CI when a step it needs (root, mount) is not possible here; in CI it fails.</summary>
    public static void Require(bool possible, string why)
    {
        if (!possible && !InCi) throw new Xunit.SkipException(why);
        Assert.True(possible, why + " (in CI this must be possible)");
    }
}

/// <summary>A small tmpfs mounted for one test (a disk that fills up, a read-only folder); unmounted on dispose.</summary>
internal sealed class SmallDisk : IDisposable
{
    private readonly bool _ownsFolder;

    /// <param name="at">An empty folder to mount it on; a new temporary folder when null.</param>
    public SmallDisk(string sizeKb, string? at = null)
    {
        _ownsFolder = at is null;
        Root = at ?? Directory.CreateTempSubdirectory("briefings-disk-").FullName;
        Directory.CreateDirectory(Root);
        var (exit, output) = Unix.IsRoot ? Unix.Run("mount", "-t", "tmpfs", "-o", $"size={sizeKb}k", "tmpfs", Root) : (1, "not root");
        Unix.Require(exit == 0, $"cannot mount a tmpfs here ({output.Trim()})");
    }

    public string Root { get; }

    public void ReadOnly() => Unix.Must("mount", "-o", "remount,ro", Root);

    /// <summary>Fills what space is left, so the next write fails with "no space left on device".</summary>
    public void Fill()
    {
        using var filler = new FileStream(Path.Combine(Root, "filler"), FileMode.Create);
        var block = new byte[4096];
        try
        {
            while (true) filler.Write(block);
        }
        catch (IOException)
        {
            // Full.
        }
    }

    public void Dispose()
    {
        Unix.Run("umount", Root);
        if (_ownsFolder) Directory.Delete(Root, recursive: true);
    }
}
