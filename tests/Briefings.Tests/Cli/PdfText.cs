using System.Diagnostics;

namespace Briefings.Tests.Cli;

/// <summary>Text and page count of a PDF, through poppler's pdftotext and pdfinfo.</summary>
internal static class PdfText
{
    public static bool Installed => OnPath("pdftotext");

    public static string Extract(string pdf)
    {
        if (!Installed) Assert.Fail("pdftotext is missing; CI must install poppler-utils (see .ci/run)");
        return Run("pdftotext", "-layout", pdf, "-");
    }

    public static int Pages(string pdf)
    {
        var info = Run("pdfinfo", pdf);
        var line = info.Split('\n').First(l => l.StartsWith("Pages:", StringComparison.Ordinal));
        return int.Parse(line["Pages:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static bool OnPath(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Any(dir => File.Exists(Path.Combine(dir, tool)));

    private static string Run(string tool, params string[] args)
    {
        var info = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args) info.ArgumentList.Add(a);
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{tool} failed: {error.Result}");
        return output.Result;
    }
}
