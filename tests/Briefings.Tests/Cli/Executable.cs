using System.Diagnostics;

namespace Briefings.Tests.Cli;

/// <summary>The real executable as a separate process: for what only a whole process shows (stdout bytes, environment, exit codes).</summary>
internal static class Executable
{
    public sealed record Result(int Exit, byte[] Stdout, string Stderr)
    {
        public string Output => System.Text.Encoding.UTF8.GetString(Stdout) + Stderr;
    }

    public static Result Run(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "briefings.dll"));
        foreach (var a in args) info.ArgumentList.Add(a);
        foreach (var (name, value) in environment) info.Environment[name] = value;
        using var process = Process.Start(info)!;
        var stdout = new MemoryStream();
        var copy = process.StandardOutput.BaseStream.CopyToAsync(stdout);
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"briefings {string.Join(' ', args)} did not finish in two minutes");
        }
        copy.Wait();
        return new Result(process.ExitCode, stdout.ToArray(), stderr.Result);
    }
}
