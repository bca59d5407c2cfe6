using System.Diagnostics.Tracing;
using Briefings.Typesetting;
using Briefings.Typesetting.Pdf;

namespace Briefings.Benchmarks;

/// <summary>
/// `-- allocs [pages]`: which types a warm render of a dense document allocates, by stage, from the
/// runtime's own allocation samples (one event about every 100 KB, naming the type that crossed the
/// mark), so the biggest allocators show without a profiler.
/// </summary>
public static class AllocationReport
{
    public static void Run(int pages)
    {
        var typesetter = new Typesetter();
        var request = new RenderRequest(DensePages.Markdown(pages), "dense.md");
        typesetter.RenderPdf(request); // warm-up
        using var listener = new Sampler();
        var (document, diagnostics) = typesetter.Parse(request);
        // Held before layout (the source and the document model), so that the plan's own share shows.
        long parsed = GC.GetTotalMemory(forceFullCollection: true);
        listener.Next("layout");
        var plan = typesetter.Layout(document, "dense.md", diagnostics);
        listener.Next("paint");
        // What a long document holds while it is painted: the page plan (and the document model).
        long held = GC.GetTotalMemory(forceFullCollection: true);
        var pdf = new PdfPainter().Paint(plan, DateTime.UnixEpoch);
        listener.Next("done");
        Console.WriteLine($"{plan.Pages.Count} pages: heap with the plan {held / 1024.0 / 1024:F0} MB, " +
            $"of which the plan {(held - parsed) / 1024.0 / 1024:F1} MB ({(held - parsed) / 1024.0 / plan.Pages.Count:F1} KB a page); PDF {pdf.Length / 1024.0 / 1024:F1} MB");
        GC.KeepAlive(document);
        foreach (var stage in listener.Samples.GroupBy(s => s.Key.Stage))
        {
            long total = stage.Sum(s => s.Value);
            Console.WriteLine($"{stage.Key}: {total / 1024.0 / 1024:F0} MB sampled ({total / 1024.0 / plan.Pages.Count:F0} KB a page)");
            foreach (var (key, bytes) in stage.OrderByDescending(s => s.Value).Take(25))
                Console.WriteLine($"  {bytes * 100.0 / total,5:F1}%  {key.Type}");
        }
    }

    private sealed class Sampler : EventListener
    {
        public string Stage { get; private set; } = "parse";

        /// <summary>Runtime events arrive on another thread a moment late: waiting lets a stage's samples land before the next begins.</summary>
        public void Next(string stage)
        {
            Thread.Sleep(1500);
            Stage = stage;
        }
        public Dictionary<(string Stage, string Type), long> Samples { get; } = [];

        protected override void OnEventSourceCreated(EventSource source)
        {
            if (source.Name == "Microsoft-Windows-DotNETRuntime") EnableEvents(source, EventLevel.Verbose, (EventKeywords)0x1); // GC keyword
        }

        protected override void OnEventWritten(EventWrittenEventArgs e)
        {
            if (e.EventName is not { } name || !name.StartsWith("GCAllocationTick") || e.Payload is null) return;
            var type = (string)e.Payload[e.PayloadNames!.IndexOf("TypeName")]!;
            var amount = Convert.ToInt64(e.Payload[e.PayloadNames.IndexOf("AllocationAmount64")]);
            var key = (Stage, type);
            lock (Samples) Samples[key] = Samples.GetValueOrDefault(key) + amount;
        }
    }
}
