namespace Briefings.Typesetting.Text;

public enum ItemKind : byte { Box, Glue, Penalty }

/// <summary>Knuth–Plass material: a box (unbreakable text), glue (stretchable space) or a penalty (a possible break).</summary>
public struct Item
{
    public ItemKind Kind;
    public float Width, Stretch, Shrink;
    public float Cost;        // penalties only: <= -Infinity forces, >= Infinity forbids
    public bool Flagged;      // a hyphen break: two in a row cost extra
    public string? Text;      // boxes only
    public int Style;         // boxes and glue: index into the paragraph's style table

    public const float Infinity = 10000;

    public static Item Box(string text, float width, int style) => new() { Kind = ItemKind.Box, Text = text, Width = width, Style = style };
    public static Item Glue(float width, float stretch, float shrink, int style) =>
        new() { Kind = ItemKind.Glue, Width = width, Stretch = stretch, Shrink = shrink, Style = style };
    public static Item Penalty(float width, float cost, bool flagged, int style = 0) =>
        new() { Kind = ItemKind.Penalty, Width = width, Cost = cost, Flagged = flagged, Style = style };
}

/// <summary>
/// Optimal line breaking (Knuth &amp; Plass 1981): chooses the breaks that minimise total demerits over
/// the whole paragraph, which keeps word spacing even from line to line. A first pass accepts only
/// moderately loose lines; if it cannot, a second accepts any looseness; an overfull line is taken
/// only when a single box is wider than the measure.
/// </summary>
public static class LineBreaker
{
    private sealed class Node
    {
        public int Position, Line, Fitness;
        public float TotalWidth, TotalStretch, TotalShrink;
        public double Demerits;
        public Node? Previous;
    }

    private const double LinePenalty = 10, FlaggedDemerits = 3000, FitnessDemerits = 100;

    /// <summary>Indices of the items chosen as breaks (the last is the paragraph's final forced break).</summary>
    public static int[] Break(IReadOnlyList<Item> items, float width, float extraStretch)
    {
        return Run(items, width, extraStretch, tolerance: 2.5, out bool forced) is { } breaks && !forced
            ? breaks
            : Run(items, width, extraStretch, tolerance: double.PositiveInfinity, out _)!;
    }

    private static int[]? Run(IReadOnlyList<Item> items, float width, float extraStretch, double tolerance, out bool forced)
    {
        bool usedOverfull = false;
        var active = new List<Node> { new() { Position = -1, Fitness = 1 } };
        float sumWidth = 0, sumStretch = 0, sumShrink = 0;
        var candidates = new Node?[4];
        var candidateDemerits = new double[4];

        for (int i = 0; i < items.Count; i++)
        {
            var item = items[i];
            if (item.Kind == ItemKind.Box) { sumWidth += item.Width; continue; }
            bool breakable = item.Kind == ItemKind.Glue
                ? i > 0 && items[i - 1].Kind == ItemKind.Box
                : item.Cost < Item.Infinity;
            if (breakable)
                TryBreak(i, item);
            if (item.Kind == ItemKind.Glue) { sumWidth += item.Width; sumStretch += item.Stretch; sumShrink += item.Shrink; }
        }

        Node? best = null;
        foreach (var node in active)
            if (best is null || node.Demerits < best.Demerits) best = node;
        forced = usedOverfull;
        if (best is null) return null;
        var result = new List<int>();
        for (var n = best; n is not null && n.Position >= 0; n = n.Previous) result.Add(n.Position);
        result.Reverse();
        return result.ToArray();

        void TryBreak(int b, Item breakItem)
        {
            Array.Clear(candidates);
            Array.Fill(candidateDemerits, double.PositiveInfinity);
            bool forcedBreak = breakItem.Kind == ItemKind.Penalty && breakItem.Cost <= -Item.Infinity;
            Node? overfull = null;
            for (int a = 0; a < active.Count; a++)
            {
                var node = active[a];
                float length = sumWidth - node.TotalWidth + (breakItem.Kind == ItemKind.Penalty ? breakItem.Width : 0);
                double ratio;
                if (length < width)
                {
                    float stretch = sumStretch - node.TotalStretch + extraStretch;
                    ratio = stretch > 0 ? (width - length) / stretch : double.PositiveInfinity;
                }
                else if (length > width)
                {
                    float shrink = sumShrink - node.TotalShrink;
                    ratio = shrink > 0 ? (width - length) / shrink : double.NegativeInfinity;
                }
                else ratio = 0;

                if (ratio >= -1 && ratio <= tolerance)
                {
                    double badness = Math.Min(100 * Math.Pow(Math.Abs(ratio), 3), Item.Infinity);
                    double demerits = Math.Pow(LinePenalty + badness, 2);
                    if (breakItem.Kind == ItemKind.Penalty)
                    {
                        if (breakItem.Cost >= 0) demerits += breakItem.Cost * breakItem.Cost;
                        else if (!forcedBreak) demerits -= breakItem.Cost * breakItem.Cost;
                        if (breakItem.Flagged && node.Position >= 0 && items[node.Position] is { Kind: ItemKind.Penalty, Flagged: true })
                            demerits += FlaggedDemerits;
                    }
                    int fitness = ratio < -0.5 ? 0 : ratio <= 0.5 ? 1 : ratio <= 1 ? 2 : 3;
                    if (Math.Abs(fitness - node.Fitness) > 1) demerits += FitnessDemerits;
                    demerits += node.Demerits;
                    if (demerits < candidateDemerits[fitness]) { candidateDemerits[fitness] = demerits; candidates[fitness] = node; }
                }
                if (ratio < -1 || forcedBreak)
                {
                    if (ratio < -1 && (overfull is null || node.Demerits < overfull.Demerits)) overfull = node;
                    active.RemoveAt(a--);
                }
            }

            // Totals after the break skip the glue and penalties that vanish at a line start.
            float totalWidth = sumWidth, totalStretch = sumStretch, totalShrink = sumShrink;
            for (int j = b; j < items.Count; j++)
            {
                var next = items[j];
                if (next.Kind == ItemKind.Box) break;
                if (next.Kind == ItemKind.Glue) { totalWidth += next.Width; totalStretch += next.Stretch; totalShrink += next.Shrink; }
                else if (j > b && next.Cost <= -Item.Infinity) break;
            }

            bool any = false;
            for (int f = 0; f < 4; f++)
            {
                if (candidates[f] is not { } from) continue;
                any = true;
                active.Add(new Node
                {
                    Position = b, Line = from.Line + 1, Fitness = f, Demerits = candidateDemerits[f], Previous = from,
                    TotalWidth = totalWidth, TotalStretch = totalStretch, TotalShrink = totalShrink,
                });
            }
            if (!any && active.Count == 0 && overfull is not null)
            {
                // Nothing fits: accept an overfull line rather than lose the paragraph.
                usedOverfull = true;
                active.Add(new Node
                {
                    Position = b, Line = overfull.Line + 1, Fitness = 1, Demerits = overfull.Demerits + 1e9, Previous = overfull,
                    TotalWidth = totalWidth, TotalStretch = totalStretch, TotalShrink = totalShrink,
                });
            }
        }
    }
}
