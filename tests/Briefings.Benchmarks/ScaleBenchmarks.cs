using BenchmarkDotNet.Attributes;
using Briefings.Typesetting;

namespace Briefings.Benchmarks;

/// <summary>
/// Warm render (Markdown → PDF bytes) of dense A4 documents of 10, 100 and 1,000 pages on one thread.
/// Pages per second = Pages × 1000 / mean ms; linear cost means the time per page stays flat across rows.
/// `dotnet run -c Release --project tests/Briefings.Benchmarks -- --filter '*ScaleBenchmarks*'`
/// </summary>
// Non-concurrent collection, as the CLI runs (its project file says why).
[MemoryDiagnoser, GcConcurrent(false)]
public class ScaleBenchmarks
{
    private readonly Typesetter _typesetter = new();
    private RenderRequest _request = null!;

    [Params(10, 100, 1000)]
    public int Pages { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _request = new RenderRequest(DensePages.Markdown(Pages), "dense.md");
        int pages = _typesetter.RenderPdf(_request).PageCount;
        if (Math.Abs(pages - Pages) > Pages / 20 + 1) throw new InvalidOperationException($"document meant to be {Pages} pages has {pages}");
    }

    [Benchmark]
    public byte[] Render() => _typesetter.RenderPdf(_request).Bytes!;
}
