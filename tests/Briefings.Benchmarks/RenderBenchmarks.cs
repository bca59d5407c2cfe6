using BenchmarkDotNet.Attributes;
using Briefings.Typesetting;

namespace Briefings.Benchmarks;

/// <summary>
/// Renders a ten-page document (headings, justified paragraphs with footnotes, a long table, lists)
/// warm, on one thread. Report: median ms per document; pages/s = 10 000 / median ms.
/// </summary>
// Non-concurrent collection, as the CLI runs (its project file says why).
[MemoryDiagnoser, MedianColumn, GcConcurrent(false)]
public class RenderBenchmarks
{
    private readonly Typesetter _typesetter = new();
    private RenderRequest _request = null!;

    [GlobalSetup]
    public void Setup()
    {
        _request = new RenderRequest(TenPages.Markdown, "ten-pages.md");
        int pages = _typesetter.RenderPdf(_request).PageCount;
        if (pages != 10) throw new InvalidOperationException($"benchmark document has {pages} pages, not 10");
    }

    [Benchmark]
    public byte[] RenderTenPages() => _typesetter.RenderPdf(_request).Bytes!;
}
