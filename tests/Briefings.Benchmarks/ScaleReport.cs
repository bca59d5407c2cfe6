using System.Diagnostics;
using Briefings.Typesetting;
using Briefings.Typesetting.Pdf;

namespace Briefings.Benchmarks;

/// <summary>
/// `-- scale [pages...]`: a quick split of warm time per page into parse, layout and paint at several
/// lengths, to see where time goes and whether any stage grows faster than the page count. Not a
/// benchmark (see <see cref="ScaleBenchmarks"/> for numbers to report).
/// </summary>
public static class ScaleReport
{
    public static void Run(int[] sizes)
    {
        var typesetter = new Typesetter();
        foreach (var size in sizes)
        {
            var request = new RenderRequest(DensePages.Markdown(size), "dense.md");
            // Six seconds of renders first: tiered compilation settles the code only after many of them (two
            // seconds in, a ten-page render still took 11 ms; four seconds in, 4.8 ms).
            for (var warm = Stopwatch.StartNew(); warm.Elapsed.TotalSeconds < 6;) typesetter.RenderPdf(request);
            int rounds = Math.Max(3, 2000 / size), pages = 0;
            double parse = 0, layout = 0, paint = 0;
            long parseBytes = 0, layoutBytes = 0, paintBytes = 0;
            int gen0 = 0, gen1 = 0, gen2 = 0;
            TimeSpan cpu = TimeSpan.Zero, pauses = TimeSpan.Zero, layoutPauses = TimeSpan.Zero, paintPauses = TimeSpan.Zero;
            for (int round = -1; round < rounds; round++)
            {
                var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
                var pausedBefore = GC.GetTotalPauseDuration();
                int c0 = GC.CollectionCount(0), c1 = GC.CollectionCount(1), c2 = GC.CollectionCount(2);
                long b0 = GC.GetAllocatedBytesForCurrentThread();
                var watch = Stopwatch.StartNew();
                var (document, diagnostics) = typesetter.Parse(request);
                var t1 = watch.Elapsed.TotalMilliseconds;
                long b1 = GC.GetAllocatedBytesForCurrentThread();
                var p1 = GC.GetTotalPauseDuration();
                var plan = typesetter.Layout(document, "dense.md", diagnostics);
                var t2 = watch.Elapsed.TotalMilliseconds;
                long b2 = GC.GetAllocatedBytesForCurrentThread();
                var p2 = GC.GetTotalPauseDuration();
                new PdfPainter().Paint(plan, DateTime.UnixEpoch);
                var t3 = watch.Elapsed.TotalMilliseconds;
                var p3 = GC.GetTotalPauseDuration();
                long b3 = GC.GetAllocatedBytesForCurrentThread();
                pages = plan.Pages.Count;
                if (round < 0) continue; // warm-up
                cpu += Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
                pauses += GC.GetTotalPauseDuration() - pausedBefore;
                layoutPauses += p2 - p1;
                paintPauses += p3 - p2;
                parse += t1; layout += t2 - t1; paint += t3 - t2;
                parseBytes += b1 - b0; layoutBytes += b2 - b1; paintBytes += b3 - b2;
                gen0 += GC.CollectionCount(0) - c0; gen1 += GC.CollectionCount(1) - c1; gen2 += GC.CollectionCount(2) - c2;
            }
            double per = 1.0 / (rounds * pages);
            Console.WriteLine($"{pages,5} pages: per page parse {parse * per:F3} ms, layout {layout * per:F3} ms, paint {paint * per:F3} ms; " +
                $"total {(parse + layout + paint) * per:F3} ms = {1000 / ((parse + layout + paint) * per):F0} pages/s");
            // Processor time (this thread, the GC's and the JIT's) moves less than wall time when other work shares the cores.
            Console.WriteLine($"       processor time per page {cpu.TotalMilliseconds * per:F3} ms = {1000 / (cpu.TotalMilliseconds * per):F0} pages/s of processor time; " +
                $"collections paused it {pauses.TotalMilliseconds * per:F3} ms a page (in layout {layoutPauses.TotalMilliseconds * per:F3}, in paint {paintPauses.TotalMilliseconds * per:F3})");
            Console.WriteLine($"       allocated per page: parse {parseBytes * per / 1024:F0} KB, layout {layoutBytes * per / 1024:F0} KB, paint {paintBytes * per / 1024:F0} KB; " +
                $"collections per document: gen0 {gen0 / (double)rounds:F1}, gen1 {gen1 / (double)rounds:F1}, gen2 {gen2 / (double)rounds:F1}");
        }
    }
}
