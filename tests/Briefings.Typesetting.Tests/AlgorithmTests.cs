using Briefings.Typesetting.Layout;
using Briefings.Typesetting.Text;

namespace Briefings.Typesetting.Tests;

/// <summary>
/// Tests that tell the real algorithms from naive stand-ins: each fails when Knuth–Plass is replaced by
/// first-fit breaking, or when the paginator stops taking back the footnotes of boxes it rolls back.
/// </summary>
public class AlgorithmTests
{
    // Knuth–Plass's constants, restated: the oracle below scores break sequences the way the paper does.
    private const double LinePenalty = 10, FitnessDemerits = 100;

    [Fact]
    public void Knuth_plass_finds_the_breaks_of_least_total_demerits_where_first_fit_does_not()
    {
        var items = Paragraph(Words);
        const float measure = 160;

        var optimal = ExhaustiveOptimum(items, measure);
        var greedy = FirstFit(items, measure);
        // The instance tells the two apart by a wide margin (else the test could not catch a greedy breaker).
        Assert.True(Demerits(items, greedy, measure) > 2 * Demerits(items, optimal.Breaks, measure),
            $"greedy {Demerits(items, greedy, measure):F0} vs optimal {optimal.Demerits:F0}");

        var chosen = LineBreaker.Break(items, measure, 0);
        Assert.Equal(optimal.Breaks, chosen);
        Assert.Equal(optimal.Demerits, Demerits(items, chosen, measure), 6);
    }

    [Fact]
    public void Knuth_plass_spaces_lines_more_evenly_than_first_fit()
    {
        var items = Paragraph(Words);
        const float measure = 160;
        double Spread(int[] breaks) => Ratios(items, breaks, measure).SkipLast(1).Max(Math.Abs);
        var chosen = LineBreaker.Break(items, measure, 0);
        // No line of the optimal setting is as loose or tight as the worst first-fit line.
        Assert.True(Spread(chosen) < 0.75 * Spread(FirstFit(items, measure)), $"{Spread(chosen):F2} vs {Spread(FirstFit(items, measure)):F2}");
    }

    [Fact]
    public void A_box_rolled_back_to_the_next_page_takes_its_footnote_with_it()
    {
        // Page of 100 pt. A 60 pt box, then a 10 pt line citing note 1 that must stay with the next box
        // (a heading, an orphan line), then a 40 pt box: the pair does not fit, so the paginator rolls
        // back to the break after the first box, and the note must go with its line to page 2.
        var note = new VBox(8, []);
        var footnotes = new Dictionary<int, IReadOnlyList<VBox>> { [1] = [note] };
        var first = new VBox(60, []);
        var citing = new VBox(10, []) { KeepWithNext = true, Footnotes = [1] };
        var next = new VBox(40, []);
        var pages = new Paginator(100, 4, footnotes).Paginate([first, citing, next]);

        Assert.Equal(2, pages.Count);
        Assert.Equal([first], pages[0].Body.Select(b => b.Box));
        Assert.Empty(pages[0].Notes);
        Assert.Equal([citing, next], pages[1].Body.Select(b => b.Box));
        Assert.Equal([note], pages[1].Notes.Select(n => n.Box));
    }

    /// <summary>Forty word widths (points) on which first-fit sets lines far looser than the optimum.</summary>
    private static readonly float[] Words = [22, 31, 32, 16, 20, 10, 13, 16, 23, 40, 21, 33, 9, 37, 39, 37, 32, 39, 20, 33,
        13, 39, 22, 9, 25, 34, 38, 32, 15, 24, 14, 12, 32, 32, 14, 11, 29, 23, 13, 39];

    private static List<Item> Paragraph(float[] widths)
    {
        var items = new List<Item>();
        for (int i = 0; i < widths.Length; i++)
        {
            if (i > 0) items.Add(Item.Glue(4, 4, 1.5f, 0));
            items.Add(Item.Box("w", widths[i], 0));
        }
        items.Add(Item.Penalty(0, Item.Infinity, false));
        items.Add(Item.Glue(0, Item.Infinity, 0, 0));
        items.Add(Item.Penalty(0, -Item.Infinity, false));
        return items;
    }

    /// <summary>What a naive breaker does: as many words on each line as fit at natural width.</summary>
    private static int[] FirstFit(List<Item> items, float measure)
    {
        var breaks = new List<int>();
        float line = 0;
        int lastGlue = -1;
        for (int i = 0; i < items.Count; i++)
        {
            var item = items[i];
            if (item.Kind == ItemKind.Box)
            {
                if (line + item.Width > measure && lastGlue >= 0) { breaks.Add(lastGlue); line = Natural(items, lastGlue + 1, i); lastGlue = -1; }
                line += item.Width;
            }
            else if (item.Kind == ItemKind.Glue && item.Stretch < Item.Infinity) { lastGlue = i; line += item.Width; }
        }
        breaks.Add(items.Count - 1);
        return breaks.ToArray();
    }

    private static float Natural(List<Item> items, int from, int to) =>
        items.Skip(from).Take(to - from).Where(i => i.Kind != ItemKind.Penalty).Sum(i => i.Width);

    /// <summary>Every feasible break sequence tried (a depth-first search over break points), scored alone.</summary>
    private static (int[] Breaks, double Demerits) ExhaustiveOptimum(List<Item> items, float measure)
    {
        var candidates = Enumerable.Range(0, items.Count).Where(i => items[i].Kind == ItemKind.Glue && items[i].Stretch < Item.Infinity).Append(items.Count - 1).ToArray();
        (int[] Breaks, double Demerits) best = ([], double.PositiveInfinity);
        var path = new List<int>();
        void Search(int start, int fitness, double sofar)
        {
            if (sofar >= best.Demerits) return;
            foreach (var b in candidates.Where(c => c > start))
            {
                var ratio = Ratio(items, start, b, measure);
                if (ratio < -1) break; // every later break is longer still
                if (ratio > 2.5) continue;
                var (demerits, f) = LineDemerits(ratio, fitness);
                path.Add(b);
                if (b == items.Count - 1) { if (sofar + demerits < best.Demerits) best = (path.ToArray(), sofar + demerits); }
                else Search(b, f, sofar + demerits);
                path.RemoveAt(path.Count - 1);
            }
        }
        Search(-1, 1, 0);
        return best;
    }

    private static double Demerits(List<Item> items, int[] breaks, float measure)
    {
        double total = 0;
        int fitness = 1, start = -1;
        foreach (var b in breaks)
        {
            var (d, f) = LineDemerits(Ratio(items, start, b, measure), fitness);
            total += d;
            (fitness, start) = (f, b);
        }
        return total;
    }

    private static (double Demerits, int Fitness) LineDemerits(double ratio, int previousFitness)
    {
        double badness = Math.Min(100 * Math.Pow(Math.Abs(ratio), 3), Item.Infinity);
        double demerits = Math.Pow(LinePenalty + badness, 2);
        int fitness = ratio < -0.5 ? 0 : ratio <= 0.5 ? 1 : ratio <= 1 ? 2 : 3;
        if (Math.Abs(fitness - previousFitness) > 1) demerits += FitnessDemerits;
        return (demerits, fitness);
    }

    private static IEnumerable<double> Ratios(List<Item> items, int[] breaks, float measure)
    {
        int start = -1;
        foreach (var b in breaks) { yield return Ratio(items, start, b, measure); start = b; }
    }

    /// <summary>The adjustment ratio of the line after break `start` up to break `end` (glue at a line start vanishes).</summary>
    private static double Ratio(List<Item> items, int start, int end, float measure)
    {
        float width = 0, stretch = 0, shrink = 0;
        int from = start + 1;
        while (from < end && items[from].Kind != ItemKind.Box) from++;
        for (int i = from; i < end; i++)
        {
            var item = items[i];
            if (item.Kind == ItemKind.Penalty) continue;
            width += item.Width;
            if (item.Kind == ItemKind.Glue) { stretch += item.Stretch; shrink += item.Shrink; }
        }
        if (width < measure) return stretch > 0 ? (measure - width) / stretch : double.PositiveInfinity;
        if (width > measure) return shrink > 0 ? (measure - width) / shrink : double.NegativeInfinity;
        return 0;
    }
}
