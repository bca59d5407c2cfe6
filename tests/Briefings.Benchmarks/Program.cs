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
// dotnet run -c Release --project tests/Briefings.Benchmarks -- peak [pages]   (peak memory of `briefings render` on a dense document, default 800 pages)
if (args is ["peak", .. var length])
{
    PeakMemory.Run(length.Length > 0 ? int.Parse(length[0], System.Globalization.CultureInfo.InvariantCulture) : 800);
    return;
}
// dotnet run -c Release --project tests/Briefings.Benchmarks -- allocs [pages]   (what a warm render allocates, by stage and type; default 200 pages)
if (args is ["allocs", .. var pagesArg])
{
    AllocationReport.Run(pagesArg.Length > 0 ? int.Parse(pagesArg[0], System.Globalization.CultureInfo.InvariantCulture) : 200);
    return;
}
// dotnet run -c Release --project tests/Briefings.Benchmarks -- scale [pages...]   (parse/layout/paint per page at 10, 100, 1000 pages)
if (args is ["scale", .. var sizes])
{
    ScaleReport.Run(sizes.Length > 0 ? sizes.Select(s => int.Parse(s, System.Globalization.CultureInfo.InvariantCulture)).ToArray() : [10, 100, 1000]);
    return;
}
// dotnet run -c Release --project tests/Briefings.Benchmarks -- profile [pages] [seconds]   (a warm loop to attach perf to)
if (args is ["profile", .. var profileArgs])
{
    ProfileLoop.Run(profileArgs.Length > 0 ? int.Parse(profileArgs[0], System.Globalization.CultureInfo.InvariantCulture) : 10,
        profileArgs.Length > 1 ? double.Parse(profileArgs[1], System.Globalization.CultureInfo.InvariantCulture) : 20);
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
