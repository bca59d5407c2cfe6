using System.Diagnostics;
using System.Globalization;

namespace Briefings.Benchmarks;

/// <summary>
/// `dotnet run -c Release --project tests/Briefings.Benchmarks -- monthly [cases] [jobs]`: times the real
/// `briefings monthly` command, as a separate process the way cron runs it, on a synthetic library of
/// (by default) 200 cases written to a temp folder. Three runs: cold (everything built), again (all up
/// to date) and --force (everything rebuilt). Reports wall time, CPU time (user + system, which a busy
/// shared machine disturbs less than wall time) and peak resident memory of each.
/// Not BenchmarkDotNet: what operations care about is one whole cold process, start-up and JIT included,
/// and its peak memory, which BenchmarkDotNet's in-process iterations do not show.
/// </summary>
public static class MonthlyBench
{
    public static void Run(string[] args)
    {
        var cases = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 200;
        var jobs = args.Length > 1 ? args[1] : Environment.ProcessorCount.ToString(CultureInfo.InvariantCulture);
        var root = Path.Combine(Path.GetTempPath(), $"briefings-monthly-bench-{Guid.NewGuid():N}");
        try
        {
            var sources = Path.Combine(root, "sources");
            MonthlySyntheticLibrary.Write(sources, cases);
            // BRIEFINGS=/opt/briefings/briefings times a published native binary instead of the JIT build.
            var tool = Environment.GetEnvironmentVariable("BRIEFINGS") ?? Path.Combine(AppContext.BaseDirectory, "briefings.dll");
            var templates = Path.Combine(Repository(), "templates");
            Console.WriteLine($"{cases} synthetic cases in {sources}; {jobs} jobs; {Environment.ProcessorCount} cores; tool {tool}");
            string[] common = ["monthly", "--month", MonthlySyntheticLibrary.Month, "--sources", sources, "--templates", templates, "--out", Path.Combine(root, "out"), "--jobs", jobs];
            foreach (var (name, extra) in new[] { ("cold, all built", Array.Empty<string>()), ("again, all up to date", []), ("--force, all rebuilt", ["--force"]) })
            {
                var (seconds, cpu, peak, exit, summary) = Measure(tool, [.. common, .. extra]);
                Console.WriteLine($"{name,-24} wall {seconds,6:0.00} s   cpu {cpu,6:0.00} s   peak RSS {peak / 1024.0,5:0} MB   exit {exit}   {summary}");
            }
        }
        finally
        {
            if (Directory.Exists(root)) Directory.Delete(root, recursive: true);
        }
    }

    /// <summary>
    /// Runs the tool and samples its peak resident set (VmHWM, a high-water mark the kernel keeps) until
    /// it exits; the last sample before exit holds the peak, since a run does not grow while it ends.
    /// </summary>
    internal static (double Seconds, double CpuSeconds, long PeakKb, int Exit, string Summary) Measure(string tool, string[] args)
    {
        bool managed = tool.EndsWith(".dll", StringComparison.Ordinal);
        var info = new ProcessStartInfo(managed ? "dotnet" : tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        if (managed) info.ArgumentList.Add(tool);
        foreach (var a in args) info.ArgumentList.Add(a);
        info.Environment["CI"] = "true";
        var watch = Stopwatch.StartNew();
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        long peak = 0;
        double cpu = 0;
        while (!process.WaitForExit(10))
        {
            peak = Math.Max(peak, HighWaterMarkKb(process.Id));
            cpu = Math.Max(cpu, CpuSeconds(process.Id));
        }
        var seconds = watch.Elapsed.TotalSeconds;
        var summary = output.Result.Split('\n', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? error.Result;
        return (seconds, cpu, peak, process.ExitCode, summary.Trim());
    }

    private static long HighWaterMarkKb(int pid)
    {
        try
        {
            var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            return line is null ? 0 : long.Parse(line["VmHWM:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return 0; // the process ended between the check and the read
        }
    }

    /// <summary>utime + stime from /proc/PID/stat (fields 14 and 15, in clock ticks of 1/100 s on Linux).</summary>
    private static double CpuSeconds(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) / 100.0;
        }
        catch (Exception e) when (e is IOException or FormatException or IndexOutOfRangeException)
        {
            return 0;
        }
    }

    internal static string Repository()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Briefings.sln"))) return dir.FullName;
        throw new InvalidOperationException("Briefings.sln not found above " + AppContext.BaseDirectory);
    }
}
