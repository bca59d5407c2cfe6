namespace Briefings.Benchmarks;

/// <summary>
/// `-- peak [pages]`: peak resident memory of one whole `briefings render` process on a dense document
/// of the given length (default 800 pages), as a user runs it, with the tool's own GC settings.
/// </summary>
public static class PeakMemory
{
    public static void Run(int pages)
    {
        var folder = Path.Combine(Path.GetTempPath(), $"briefings-peak-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        try
        {
            var source = Path.Combine(folder, "dense.md");
            File.WriteAllText(source, DensePages.Markdown(pages));
            // BRIEFINGS=/opt/briefings/briefings measures a published native binary instead of the JIT build.
            var tool = Environment.GetEnvironmentVariable("BRIEFINGS") ?? Path.Combine(AppContext.BaseDirectory, "briefings.dll");
            var (seconds, cpu, peak, exit, summary) = MonthlyBench.Measure(tool, ["render", source, "-o", Path.Combine(folder, "dense.pdf")]);
            Console.WriteLine($"render of a {pages}-page dense document: wall {seconds:0.00} s, cpu {cpu:0.00} s, peak RSS {peak / 1024.0:0} MB, exit {exit}   {summary}");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
