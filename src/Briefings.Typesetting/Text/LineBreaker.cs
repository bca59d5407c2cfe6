using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

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
/// <remarks>
/// An instance keeps its break nodes from one paragraph to the next: a document sets thousands of
/// paragraphs, and a node object per feasible break was a large share of what layout allocated. One
/// instance serves one layout, on one thread.
/// </remarks>
public sealed class LineBreaker
{
    /// <summary>A feasible break: where it is, how the line before it fits, and the best way to reach it.</summary>
    private struct Node
    {
        public int Position, Fitness;
        public int Previous;  // index in _nodes; -1 at the paragraph's start
        public float TotalWidth, TotalStretch, TotalShrink;
        public double Demerits;
    }

    private const double LinePenalty = 10, FlaggedDemerits = 3000, FitnessDemerits = 100;

    // Every node of the current pass (breaks chosen earlier are reached through Previous), and the active ones in order of creation.
    private Node[] _nodes = new Node[64];
    private int _nodeCount;
    private readonly List<int> _active = [];

    /// <summary>Indices of the items chosen as breaks (the last is the paragraph's final forced break).</summary>
    public static int[] Break(IReadOnlyList<Item> items, float width, float extraStretch) =>
        new LineBreaker().Break(items is List<Item> list ? CollectionsMarshal.AsSpan(list) : items.ToArray(), width, extraStretch);

    /// <summary>Indices of the items chosen as breaks (the last is the paragraph's final forced break).</summary>
    public int[] Break(ReadOnlySpan<Item> items, float width, float extraStretch)
    {
        return Run(items, width, extraStretch, tolerance: 2.5, out bool forced) is { } breaks && !forced
            ? breaks
            : Run(items, width, extraStretch, tolerance: double.PositiveInfinity, out _)!;
    }

    private int[]? Run(ReadOnlySpan<Item> items, float width, float extraStretch, double tolerance, out bool forced)
    {
        _nodeCount = 0;
        _active.Clear();
        _active.Add(NewNode(new Node { Position = -1, Fitness = 1, Previous = -1 }));
        var sums = new Totals();
        bool usedOverfull = false;

        for (int i = 0; i < items.Length; i++)
        {
            ref readonly var item = ref items[i];
            if (item.Kind == ItemKind.Box) { sums.Width += item.Width; continue; }
            bool breakable = item.Kind == ItemKind.Glue
                ? i > 0 && items[i - 1].Kind == ItemKind.Box
                : item.Cost < Item.Infinity;
            if (breakable)
                TryBreak(items, i, sums, width, extraStretch, tolerance, ref usedOverfull);
            if (item.Kind == ItemKind.Glue) { sums.Width += item.Width; sums.Stretch += item.Stretch; sums.Shrink += item.Shrink; }
        }

        int best = -1;
        foreach (int node in _active)
            if (best < 0 || _nodes[node].Demerits < _nodes[best].Demerits) best = node;
        forced = usedOverfull;
        if (best < 0) return null;
        int count = 0;
        for (int n = best; n >= 0 && _nodes[n].Position >= 0; n = _nodes[n].Previous) count++;
        var result = new int[count];
        for (int n = best; n >= 0 && _nodes[n].Position >= 0; n = _nodes[n].Previous) result[--count] = _nodes[n].Position;
        return result;
    }

    /// <summary>Running sums of the widths, stretch and shrink of the items so far.</summary>
    private struct Totals
    {
        public float Width, Stretch, Shrink;
    }

    private void TryBreak(ReadOnlySpan<Item> items, int b, in Totals sums, float width, float extraStretch, double tolerance, ref bool usedOverfull)
    {
        ref readonly var breakItem = ref items[b];
        var candidates = new Candidates();
        bool forcedBreak = breakItem.Kind == ItemKind.Penalty && breakItem.Cost <= -Item.Infinity;
        int overfull = -1;
        for (int a = 0; a < _active.Count; a++)
        {
            int index = _active[a];
            ref readonly var node = ref _nodes[index];
            float length = sums.Width - node.TotalWidth + (breakItem.Kind == ItemKind.Penalty ? breakItem.Width : 0);
            double ratio;
            if (length < width)
            {
                float stretch = sums.Stretch - node.TotalStretch + extraStretch;
                ratio = stretch > 0 ? (width - length) / stretch : double.PositiveInfinity;
            }
            else if (length > width)
            {
                float shrink = sums.Shrink - node.TotalShrink;
                ratio = shrink > 0 ? (width - length) / shrink : double.NegativeInfinity;
            }
            else ratio = 0;

            if (ratio >= -1 && ratio <= tolerance)
            {
                // Products, not Math.Pow: exact to IEEE rules on every platform, where pow is the platform's libm's.
                double r = Math.Abs(ratio);
                double badness = Math.Min(100 * (r * r * r), Item.Infinity);
                double demerits = (LinePenalty + badness) * (LinePenalty + badness);
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
                if (demerits < candidates.Demerits[fitness]) { candidates.Demerits[fitness] = demerits; candidates.From[fitness] = index; }
            }
            if (ratio < -1 || forcedBreak)
            {
                if (ratio < -1 && (overfull < 0 || node.Demerits < _nodes[overfull].Demerits)) overfull = index;
                _active.RemoveAt(a--);
            }
        }

        bool any = false;
        for (int f = 0; f < 4; f++) any |= candidates.From[f] >= 0;
        if (!any && (_active.Count > 0 || overfull < 0)) return; // most breaks start no line: nothing fits them

        // Totals after the break skip the glue and penalties that vanish at a line start.
        float totalWidth = sums.Width, totalStretch = sums.Stretch, totalShrink = sums.Shrink;
        for (int j = b; j < items.Length; j++)
        {
            ref readonly var next = ref items[j];
            if (next.Kind == ItemKind.Box) break;
            if (next.Kind == ItemKind.Glue) { totalWidth += next.Width; totalStretch += next.Stretch; totalShrink += next.Shrink; }
            else if (j > b && next.Cost <= -Item.Infinity) break;
        }

        if (!any)
        {
            // Nothing fits: accept an overfull line rather than lose the paragraph.
            usedOverfull = true;
            _active.Add(NewNode(new Node
            {
                Position = b, Fitness = 1, Demerits = _nodes[overfull].Demerits + 1e9, Previous = overfull,
                TotalWidth = totalWidth, TotalStretch = totalStretch, TotalShrink = totalShrink,
            }));
            return;
        }
        for (int f = 0; f < 4; f++)
        {
            if (candidates.From[f] is not (>= 0 and var from)) continue;
            _active.Add(NewNode(new Node
            {
                Position = b, Fitness = f, Demerits = candidates.Demerits[f], Previous = from,
                TotalWidth = totalWidth, TotalStretch = totalStretch, TotalShrink = totalShrink,
            }));
        }
    }

    private int NewNode(Node node)
    {
        if (_nodeCount == _nodes.Length) Array.Resize(ref _nodes, 2 * _nodes.Length);
        _nodes[_nodeCount] = node;
        return _nodeCount++;
    }

    /// <summary>The best way found so far to reach the break in each fitness class (very tight to very loose).</summary>
    private struct Candidates
    {
        public FourDoubles Demerits;
        public FourInts From;

        public Candidates()
        {
            ((Span<double>)Demerits).Fill(double.PositiveInfinity);
            ((Span<int>)From).Fill(-1);
        }
    }

    [InlineArray(4)] private struct FourDoubles { private double _first; }
    [InlineArray(4)] private struct FourInts { private int _first; }
}
