using System.Diagnostics;

namespace Briefings.Typesetting.Tests;

/// <summary>
/// Runs poppler and qpdf on a PDF. In CI (CI=true) a missing tool fails the test; on a developer
/// machine the test is skipped with a message saying what to install.
/// </summary>
internal static class PdfTools
{
    /// <summary>Skips the calling <c>[SkippableFact]</c> when the tool is missing, except in CI.</summary>
    public static void Require(string tool)
    {
        bool found = Environment.GetEnvironmentVariable("PATH")!.Split(':').Any(dir => File.Exists(Path.Combine(dir, tool)));
        if (found) return;
        if (Environment.GetEnvironmentVariable("CI") == "true")
            Assert.Fail($"{tool} is missing in CI: .ci/run must install poppler-utils and qpdf");
        Skip.If(true, $"{tool} not installed (apt-get install -y poppler-utils qpdf)");
    }

    public static (int Exit, string Output) Run(string tool, params string[] args)
    {
        var info = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args) info.ArgumentList.Add(a);
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, stdout.Result + stderr.Result);
    }

    public static string WriteTemp(byte[] pdf)
    {
        var path = Path.Combine(Path.GetTempPath(), $"briefings-test-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(path, pdf);
        return path;
    }
}
