using BenchmarkDotNet.Running;
using Briefings.Benchmarks;

// dotnet run -c Release --project tests/Briefings.Benchmarks -- --filter '*'
// dotnet run -c Release --project tests/Briefings.Benchmarks -- write DIR   (writes ten-pages.md and its Typst translation ten-pages.typ for whole-process timing: peers.sh)
if (args is ["write", var dir])
{
    Directory.CreateDirectory(dir);
    File.WriteAllText(Path.Combine(dir, "ten-pages.md"), TenPages.Markdown);
    File.WriteAllText(Path.Combine(dir, "ten-pages.typ"), TypstTranslation.From(TenPages.Markdown));
    Console.WriteLine($"{new Briefings.Typesetting.Typesetter().RenderPdf(new(TenPages.Markdown, "ten-pages.md")).PageCount} pages");
    return;
}
// dotnet run -c Release --project tests/Briefings.Benchmarks -- monthly [cases] [jobs]   (200 synthetic cases: wall time, peak memory)
// dotnet run -c Release --project tests/Briefings.Benchmarks -- monthly-library DIR N      (writes the synthetic library only)
if (args is ["monthly", .. var rest])
{
    MonthlyBench.Run(rest);
    return;
}
if (args is ["monthly-library", var folder, var count])
{
    MonthlySyntheticLibrary.Write(folder, int.Parse(count, System.Globalization.CultureInfo.InvariantCulture));
    return;
}
if (args is ["stages"])
{
    // Quick split of where the time goes (not a benchmark: use BenchmarkDotNet for numbers to report).
    var typesetter = new Briefings.Typesetting.Typesetter();
    var request = new Briefings.Typesetting.RenderRequest(TenPages.Markdown, "ten-pages.md");
    for (int round = 0; round < 8; round++)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        double parse = 0, layout = 0, paint = 0;
        for (int i = 0; i < 50; i++)
        {
            var t0 = watch.Elapsed.TotalMilliseconds;
            var (document, diagnostics) = typesetter.Parse(request);
            var t1 = watch.Elapsed.TotalMilliseconds;
            var plan = typesetter.Layout(document, "x", diagnostics);
            var t2 = watch.Elapsed.TotalMilliseconds;
            new Briefings.Typesetting.Pdf.PdfPainter().Paint(plan, DateTime.UnixEpoch);
            var t3 = watch.Elapsed.TotalMilliseconds;
            parse += t1 - t0; layout += t2 - t1; paint += t3 - t2;
        }
        Console.WriteLine($"per document: parse {parse / 50:F2} ms, layout {layout / 50:F2} ms, paint {paint / 50:F2} ms");
    }
    return;
}
// dotnet run -c Release --project tests/Briefings.Benchmarks -- peak [pages]   (peak memory of `briefings render` on a dense document, default 800 pages)
if (args is ["peak", .. var length])
{
    PeakMemory.Run(length.Length > 0 ? int.Parse(length[0], System.Globalization.CultureInfo.InvariantCulture) : 800);
    return;
}
// dotnet run -c Release --project tests/Briefings.Benchmarks -- scale [pages...]   (parse/layout/paint per page at 10, 100, 1000 pages)
if (args is ["scale", .. var sizes])
{
    ScaleReport.Run(sizes.Length > 0 ? sizes.Select(int.Parse).ToArray() : [10, 100, 1000]);
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
