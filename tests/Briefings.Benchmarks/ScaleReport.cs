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
            int rounds = Math.Max(3, 2000 / size), pages = 0;
            double parse = 0, layout = 0, paint = 0;
            for (int round = -1; round < rounds; round++)
            {
                var watch = Stopwatch.StartNew();
                var (document, diagnostics) = typesetter.Parse(request);
                var t1 = watch.Elapsed.TotalMilliseconds;
                var plan = typesetter.Layout(document, "dense.md", diagnostics);
                var t2 = watch.Elapsed.TotalMilliseconds;
                new PdfPainter().Paint(plan, DateTime.UnixEpoch);
                var t3 = watch.Elapsed.TotalMilliseconds;
                pages = plan.Pages.Count;
                if (round < 0) continue; // warm-up
                parse += t1; layout += t2 - t1; paint += t3 - t2;
            }
            double per = 1.0 / (rounds * pages);
            Console.WriteLine($"{pages,5} pages: per page parse {parse * per:F3} ms, layout {layout * per:F3} ms, paint {paint * per:F3} ms; " +
                $"total {(parse + layout + paint) * per:F3} ms = {1000 / ((parse + layout + paint) * per):F0} pages/s");
        }
    }
}
