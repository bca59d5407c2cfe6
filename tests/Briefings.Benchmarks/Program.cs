using BenchmarkDotNet.Running;
using Briefings.Benchmarks;

// dotnet run -c Release --project tests/Briefings.Benchmarks -- --filter '*'
// dotnet run -c Release --project tests/Briefings.Benchmarks -- write DIR   (writes ten-pages.md for whole-process timing)
if (args is ["write", var dir])
{
    Directory.CreateDirectory(dir);
    File.WriteAllText(Path.Combine(dir, "ten-pages.md"), TenPages.Markdown);
    Console.WriteLine($"{new Briefings.Typesetting.Typesetter().RenderPdf(new(TenPages.Markdown, "ten-pages.md")).PageCount} pages");
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
