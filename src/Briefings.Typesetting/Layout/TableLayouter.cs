using System.Globalization;
using Briefings.Typesetting.Model;
using Briefings.Typesetting.Text;

namespace Briefings.Typesetting.Layout;

/// <summary>
/// Tables: columns sized from their content, cell text wrapped, one box per row so rows split
/// cleanly between pages, the header row repeated on every page the table reaches. A table too wide
/// for the page even at its narrowest is printed as several tables of consecutive columns.
/// </summary>
public sealed class TableLayouter(LayoutContext context)
{
    private const float MinColumn = 22, WordCap = 110;

    public IEnumerable<VItem> Layout(Model.Table table, float width, StructNode[] path)
    {
        float size = context.Theme.TableSize, pad = size * 0.55f;
        var headerFace = context.Sans.WithBold();
        var natural = new float[table.Columns];
        var minimum = new float[table.Columns];
        void Measure(IReadOnlyList<Span> cell, int c, FontFace face)
        {
            var text = cell.Count == 1 ? cell[0].Text : string.Concat(cell.Select(s => s.Text));
            var metrics = context.Fonts.Metrics(face);
            natural[c] = Math.Max(natural[c], metrics.Measure(text, size) + 2 * pad);
            foreach (var word in text.AsSpan().Split(' '))
                if (!text.AsSpan()[word].IsEmpty)
                    minimum[c] = Math.Max(minimum[c], Math.Min(WordCap, metrics.Measure(text.AsSpan()[word], size)) + 2 * pad);
        }
        for (int c = 0; c < table.Columns; c++)
        {
            minimum[c] = MinColumn;
            if (c < table.Header.Count) Measure(table.Header[c], c, headerFace);
            foreach (var row in table.Rows) if (c < row.Count) Measure(row[c], c, context.Body);
            natural[c] = Math.Max(natural[c], minimum[c]);
        }

        // Group consecutive columns so that each group's minimum widths fit the measure.
        var groups = new List<(int From, int To)>();
        for (int from = 0; from < table.Columns;)
        {
            int to = from;
            float sum = minimum[from];
            while (to + 1 < table.Columns && sum + minimum[to + 1] <= width) sum += minimum[++to];
            groups.Add((from, to));
            from = to + 1;
        }

        var items = new List<VItem>();
        foreach (var (from, to) in groups)
        {
            if (groups.Count > 1)
            {
                var note = context.Words.ColumnsOf(from + 1, to + 1, table.Columns);
                var style = context.Paragraph(context.Sans.WithItalic(), context.Theme.FootnoteSize, TextAlign.Left, context.Muted);
                var lines = context.Set([new Span(note)], style, width, StructNode.Extend(path, new StructNode(Tag.P)), table.Line);
                if (items.Count > 0) items.Add(new VGlue(context.Theme.ParagraphSpacing));
                items.AddRange(lines.Select(l => new VBox(l.Height, l.Inks) { KeepWithNext = true }));
            }
            var widths = Widths(natural[from..(to + 1)], minimum[from..(to + 1)], width);
            items.AddRange(Rows(table, from, widths, size, pad, headerFace, path));
        }
        return items;
    }

    private static float[] Widths(float[] natural, float[] minimum, float width)
    {
        float sumNatural = natural.Sum(), sumMinimum = minimum.Sum();
        if (sumNatural <= width)
            return natural.Select(n => n + (width - sumNatural) * n / sumNatural).ToArray();
        float spare = width - sumMinimum;
        return minimum.Select((m, i) => m + spare * (natural[i] - m) / Math.Max(0.001f, sumNatural - sumMinimum)).ToArray();
    }

    private IEnumerable<VItem> Rows(Model.Table table, int from, float[] widths, float size, float pad, FontFace headerFace, StructNode[] path)
    {
        var tablePath = StructNode.Extend(path, new StructNode(Tag.Table));
        var headerFill = Rgb.Parse(context.Theme.TableHeaderFill);
        var stripe = Rgb.Parse(context.Theme.TableStripeFill);
        // Each column's style, made once for the table rather than once a cell.
        ParagraphStyle[] Styles(FontFace face)
        {
            var styles = new ParagraphStyle[widths.Length];
            for (int c = 0; c < styles.Length; c++)
            {
                var alignment = from + c < table.Align.Count ? table.Align[from + c] switch
                {
                    ColumnAlign.Right => TextAlign.Right,
                    ColumnAlign.Center => TextAlign.Center,
                    _ => TextAlign.Left,
                } : TextAlign.Left;
                styles[c] = context.Paragraph(face, size, alignment, leading: size * 1.3f);
            }
            return styles;
        }
        VBox? header = null;
        if (table.Header.Count > 0)
            header = Row(table.Header, from, widths, pad, Styles(headerFace), Tag.TH, tablePath, headerFill, 1.1f, table.Line) with { KeepWithNext = true };
        if (header is not null) yield return header;
        var bodyStyles = Styles(context.Body);
        for (int r = 0; r < table.Rows.Count; r++)
        {
            var row = Row(table.Rows[r], from, widths, pad, bodyStyles, Tag.TD, tablePath, r % 2 == 1 ? stripe : null, 0.4f, table.Line);
            // Like lines of a paragraph: never one row alone at the foot or the head of a page.
            int n = table.Rows.Count;
            bool breakable = r >= 1 && r <= n - 3;
            yield return row with { RepeatHeader = header, KeepWithNext = r < n - 1 && !breakable };
        }
    }

    private VBox Row(IReadOnlyList<IReadOnlyList<Span>> cells, int from, float[] widths, float pad, ParagraphStyle[] styles, Tag cellTag,
        StructNode[] tablePath, Rgb? fill, float ruleWidth, int line)
    {
        var rowPath = StructNode.Extend(tablePath, new StructNode(Tag.TR));
        var cellLines = new List<IReadOnlyList<SetLine>>();
        var cellPaths = new List<StructNode[]>();
        for (int c = 0; c < widths.Length; c++)
        {
            var cellPath = StructNode.Extend(rowPath, new StructNode(cellTag) { Scope = cellTag == Tag.TH ? "Column" : null });
            var spans = from + c < cells.Count ? cells[from + c] : [];
            cellLines.Add(context.Set(spans, styles[c], widths[c] - 2 * pad, cellPath, line));
            cellPaths.Add(cellPath);
        }
        return Build(cellLines, cellPaths, widths, pad, fill, ruleWidth);
    }

    /// <summary>The notes a row's cells cite, each once, in order; most rows cite none.</summary>
    /// (Loops by index, here and in Build: foreach over an IReadOnlyList is an enumerator object a line.)
    private static IReadOnlyList<int> Footnotes(List<IReadOnlyList<SetLine>> cellLines)
    {
        List<int>? cited = null;
        foreach (var lines in cellLines)
            for (int i = 0; i < lines.Count; i++)
                for (int k = 0; k < lines[i].Footnotes.Count; k++)
                    if (lines[i].Footnotes[k] is var n && cited?.Contains(n) != true) (cited ??= []).Add(n);
        return (IReadOnlyList<int>?)cited ?? [];
    }

    /// <summary>A row box from each cell's lines; splittable between lines when a row outgrows a page.</summary>
    private VBox Build(List<IReadOnlyList<SetLine>> cellLines, List<StructNode[]> cellPaths, float[] widths, float pad, Rgb? fill, float ruleWidth)
    {
        float height = cellLines.Max(lines => lines.Sum(l => l.Height)) + 2 * pad;
        float total = widths.Sum();
        var inks = new List<Ink>();
        if (fill is { } f) inks.Add(new RectInk(0, 0, total, height, f));
        float x = 0;
        for (int c = 0; c < widths.Length; c++)
        {
            float y = pad;
            var lines = cellLines[c];
            for (int i = 0; i < lines.Count; i++)
            {
                var line = lines[i];
                // x then pad, added in that order as ever: floats moved another way could land a hundredth elsewhere.
                for (int m = 0; m < line.Inks.Count; m++)
                {
                    var ink = line.Inks[m];
                    var words = new Word[ink.Words.Length];
                    for (int k = 0; k < words.Length; k++) words[k] = ink.Words[k] with { X = ink.Words[k].X + x + pad };
                    inks.Add(ink with { Baseline = ink.Baseline + y, Words = words });
                }
                y += line.Height;
            }
            if (cellLines[c].Count == 0)
                inks.Add(new RectInk(x + pad, pad, 0, 0, null, Path: cellPaths[c])); // keeps the empty cell in the structure tree
            x += widths[c];
        }
        inks.Add(new LineInk(0, height, total, height, ruleWidth, context.Rule));
        return new VBox(height, inks)
        {
            Footnotes = Footnotes(cellLines),
            Split = limit =>
            {
                var heads = new List<IReadOnlyList<SetLine>>();
                var tails = new List<IReadOnlyList<SetLine>>();
                foreach (var lines in cellLines)
                {
                    int fit = 0;
                    for (float used = 2 * pad; fit < lines.Count && used + lines[fit].Height <= limit; fit++) used += lines[fit].Height;
                    heads.Add(lines.Take(fit).ToList());
                    tails.Add(lines.Skip(fit).ToList());
                }
                if (heads.All(h => h.Count == 0) || tails.All(t => t.Count == 0)) return null;
                return (Build(heads, cellPaths, widths, pad, fill, ruleWidth), Build(tails, cellPaths, widths, pad, fill, ruleWidth));
            },
        };
    }
}
