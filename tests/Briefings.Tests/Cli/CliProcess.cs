using System.Diagnostics;

namespace Briefings.Tests.Cli;

/// <summary>Runs the real executable as a separate process, with the environment a test asks for.</summary>
internal static class CliProcess
{
    public static (int Exit, string Output) Run(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "briefings.dll"));
        foreach (var a in args) info.ArgumentList.Add(a);
        foreach (var (key, value) in environment) info.Environment[key] = value;
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, stdout.Result + stderr.Result);
    }
}
