using System.Diagnostics;
using Briefings.Typesetting;

namespace Briefings.Benchmarks;

/// <summary>
/// `-- profile [pages] [seconds]`: renders one dense document again and again for a while, so that a
/// sampling profiler attached to the process (perf with DOTNET_PerfMapEnabled=1) sees warm code, not the
/// JIT. The first five seconds warm up (tiered compilation) and are left out of the count it prints.
/// </summary>
public static class ProfileLoop
{
    public static void Run(int pages, double seconds)
    {
        var typesetter = new Typesetter();
        var request = new RenderRequest(DensePages.Markdown(pages), "dense.md");
        var warm = Stopwatch.StartNew();
        while (warm.Elapsed.TotalSeconds < 5) typesetter.RenderPdf(request);
        Console.WriteLine("warm; profiling now");
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        int documents = 0;
        while (watch.Elapsed.TotalSeconds < seconds)
        {
            typesetter.RenderPdf(request);
            documents++;
        }
        // Processor time (this thread's, the collector's and the JIT's) moves less than wall time when other work shares the cores.
        cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        Console.WriteLine($"{documents} documents of {pages} pages: {watch.Elapsed.TotalMilliseconds / documents:F2} ms each " +
            $"({cpu.TotalMilliseconds / documents:F2} ms of processor time), {typesetter.RenderPdf(request).Bytes!.Length} bytes");
    }
}
