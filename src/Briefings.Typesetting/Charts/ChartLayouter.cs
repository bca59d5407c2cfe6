using System.Globalization;
using Briefings.Typesetting.Layout;
using Briefings.Typesetting.Text;
using Briefings.Typesetting.Words;

namespace Briefings.Typesetting.Charts;

/// <summary>
/// Draws charts as vector marks inside one unbreakable box, tagged as a Figure whose alt text is
/// written from the data. Greyscale-safe: meaning is carried by shape and line style, not hue. Every word
/// drawn comes from the chart's data or the document language's <see cref="DocumentWords"/>.
/// </summary>
/// <param name="line">The chart block's line in the Markdown: where a warning about its labels (a missing glyph) points.</param>
public sealed class ChartLayouter(LayoutContext context, int line)
{
    private readonly DocumentWords _words = DocumentWords.For(context.Meta.Language);

    // Secondary text is #696969: 5.5:1 on white, above WCAG's 4.5:1 for small text (the old #787878 was 4.4:1).
    private readonly Rgb _ink = new(40, 40, 40), _grey = new(105, 105, 105), _light = new(226, 230, 234), _white = Rgb.White;

    public VBox Layout(ChartSpec spec, float width, StructNode[] path)
    {
        var node = new StructNode(Tag.Figure, AltText.For(spec, _words));
        var figurePath = StructNode.Extend(path, node);
        var inks = new List<Ink>();
        float y = 0;
        if (spec.Title is { Length: > 0 } title)
        {
            var style = context.Paragraph(context.Heading, context.Theme.TableSize * 1.05f, TextAlign.Left, context.HeadingColor);
            foreach (var set in context.Set([new Model.Span(title)], style, width, figurePath, line))
            {
                inks.AddRange(set.Inks.Texts().Select(i => i with { Baseline = i.Baseline + y }));
                y += set.Height;
            }
            y += 4;
        }
        y = spec switch
        {
            TimelineChart timeline => Timeline(timeline, width, y, inks, figurePath),
            FlowChart flow => Flow(flow, width, y, inks, figurePath),
            _ => y,
        };
        // A chart taller than a page (hundreds of events) is scaled to fit rather than drawn over the footer.
        float height = y + 4;
        if (height > context.BodyHeight)
        {
            float factor = context.BodyHeight / height;
            return new VBox(context.BodyHeight, inks.Select(ink => Scale(ink, factor)).ToList());
        }
        return new VBox(height, inks);
    }

    private static Ink Scale(Ink ink, float f) => ink switch
    {
        TextInk t => t with { X = t.X * f, Baseline = t.Baseline * f, Size = t.Size * f, Width = t.Width * f },
        LineInk l => l with { X1 = l.X1 * f, Y1 = l.Y1 * f, X2 = l.X2 * f, Y2 = l.Y2 * f, Thickness = l.Thickness * f },
        RectInk r => r with { X = r.X * f, Y = r.Y * f, Width = r.Width * f, Height = r.Height * f, StrokeWidth = r.StrokeWidth * f },
        EllipseInk e => e with { X = e.X * f, Y = e.Y * f, Width = e.Width * f, Height = e.Height * f, StrokeWidth = e.StrokeWidth * f },
        PolygonInk p => p with { Points = p.Points.Select(v => v * f).ToArray(), StrokeWidth = p.StrokeWidth * f },
        _ => ink,
    };

    private TextInk Label(string text, float x, float baseline, float size, StructNode[] path, bool bold = false, bool italic = false, Rgb? color = null)
    {
        var face = context.Sans.WithBold(bold).WithItalic(italic);
        return new TextInk(x, baseline, text, face, size, color ?? _ink, context.Measure(text, face, size), null, path);
    }

    /// <summary>Wraps a label to a width, returning its lines' inks and its height.</summary>
    private (List<TextInk> Inks, float Height, float Width) Wrapped(string text, float width, float size, StructNode[] path, bool bold = false, bool italic = false, TextAlign align = TextAlign.Left)
    {
        var style = context.Paragraph(context.Sans.WithBold(bold).WithItalic(italic), size, align, _ink, size * 1.22f) with { Hyphenate = true };
        var lines = context.Set([new Model.Span(text)], style, width, path, line);
        var inks = new List<TextInk>();
        float y = 0, used = 0;
        foreach (var line in lines)
        {
            inks.AddRange(line.Inks.Texts().Select(i => i with { Baseline = i.Baseline + y }));
            y += line.Height;
            used = Math.Max(used, line.Width);
        }
        return (inks, y, used);
    }

    private float Timeline(TimelineChart chart, float width, float top, List<Ink> inks, StructNode[] path)
    {
        float size = context.Theme.TableSize * 0.92f;
        var events = chart.Events.OrderBy(e => e.Start).ThenBy(e => e.End).ToList();
        var first = events.Min(e => e.Start);
        var last = events.Max(e => e.End);
        int span = Math.Max(1, last.DayNumber - first.DayNumber);
        int margin = Math.Max(1, span / 12);
        // Day numbers, clamped: an event on 0001-01-01 or 9999-12-31 is a valid date at the calendar's edge.
        first = DateOnly.FromDayNumber(Math.Max(DateOnly.MinValue.DayNumber, first.DayNumber - margin));
        last = DateOnly.FromDayNumber((int)Math.Min(DateOnly.MaxValue.DayNumber, (long)last.DayNumber + margin + 1));
        float left = 6, right = width - 6;
        float X(DateOnly d) => left + (right - left) * (d.DayNumber - first.DayNumber) / (float)(last.DayNumber - first.DayNumber);

        float axis = top + 24;
        int firstInk = inks.Count;
        inks.Add(new LineInk(left, axis, right, axis, 1.1f, _ink));
        // Ticks at a unit that gives a handful of labels.
        int days = last.DayNumber - first.DayNumber;
        var ticks = new List<(DateOnly Date, string Text)>();
        if (days <= 45)
        {
            int step = Math.Max(1, days / 8);
            for (long n = first.DayNumber; n <= last.DayNumber; n += step)
            {
                var d = DateOnly.FromDayNumber((int)n);
                ticks.Add((d, _words.DayTick(d)));
            }
        }
        else if (days <= 900)
        {
            int step = Math.Max(1, days / 240);
            // Months counted from year 0, so the loop never asks for a month past 9999-12.
            for (int m = first.Year * 12 + first.Month; m / 12 <= last.Year; m += step)
            {
                var d = new DateOnly(m / 12, m % 12 + 1, 1);
                if (d > last) break;
                ticks.Add((d, _words.MonthTick(d)));
            }
        }
        else
        {
            int step = Math.Max(1, days / 3650);
            for (int year = first.Year + 1; year <= last.Year; year += step) ticks.Add((new DateOnly(year, 1, 1), year.ToString(CultureInfo.InvariantCulture)));
        }
        float lastTickEnd = float.NegativeInfinity;
        foreach (var (date, text) in ticks)
        {
            float x = X(date);
            float w = context.Measure(text, context.Sans, size * 0.9f);
            inks.Add(new LineInk(x, axis, x, axis + 3, 0.6f, _ink));
            if (x - w / 2 < lastTickEnd + 6 || x - w / 2 < 0 || x + w / 2 > width) continue;
            inks.Add(Label(text, x - w / 2, axis + 11 + size * 0.9f, size * 0.9f, path, color: _grey));
            lastTickEnd = x + w / 2;
        }

        // Each event is numbered on the axis and described in a key below it: no label can collide
        // with a marker or another label, however close the dates are.
        float numberSize = size * 0.85f;
        var centres = new float[events.Count];
        for (int k = 0; k < events.Count; k++)
        {
            var e = events[k];
            float x0 = X(e.Start), x1 = X(e.End) + (right - left) / (last.DayNumber - first.DayNumber); // the end day's far edge, even on 9999-12-31
            centres[k] = (x0 + x1) / 2;
            if (e.End > e.Start)
                inks.Add(new RectInk(x0, axis + 5, Math.Max(2, x1 - x0), 4, e.Flagged ? _white : _light, _ink, 0.6f, Dashed: e.Flagged));
            else
                inks.Add(e.Flagged
                    ? new EllipseInk(centres[k] - 4, axis - 4, 8, 8, _white, _ink, 1.4f)
                    : new EllipseInk(centres[k] - 3, axis - 3, 6, 6, _ink, _ink));
        }
        // Numbers go on the lowest level where they clear their left neighbour, taken left to right.
        var levels = new List<float>(); // right edge of the last number on each level above the axis
        foreach (int k in Enumerable.Range(0, events.Count).OrderBy(k => centres[k]))
        {
            var number = (k + 1).ToString(CultureInfo.InvariantCulture);
            float w = context.Measure(number, context.Sans.WithBold(), numberSize);
            int level = levels.FindIndex(right => right + 3 < centres[k] - w / 2);
            if (level < 0) { levels.Add(0); level = levels.Count - 1; }
            levels[level] = centres[k] + w / 2;
            inks.Add(Label(number, centres[k] - w / 2, axis - 8 - level * numberSize * 1.15f, numberSize, path, bold: true));
        }
        // Raise the axis block if numbers stacked above the space reserved for them.
        float lift = Math.Max(0, (levels.Count - 1) * numberSize * 1.15f);
        if (lift > 0)
            for (int i = firstInk; i < inks.Count; i++) inks[i] = inks[i].Moved(0, lift);
        axis += lift;

        float y = axis + 20 + size * 1.6f;
        float numberColumn = context.Measure(events.Count.ToString(CultureInfo.InvariantCulture), context.Sans.WithBold(), size) + 8;
        var words = chart.Words ?? _words.Timeline;
        float dateColumn = events.Max(e => context.Measure(e.Key, context.Sans, size)) + 10;
        for (int k = 0; k < events.Count; k++)
        {
            var e = events[k];
            var text = e.Label + (e.Flagged ? " " + words.FlagNote : "");
            var (lines, h, _) = Wrapped(text, width - numberColumn - dateColumn, size, path, italic: e.Flagged);
            float baseline = lines.Count > 0 ? lines[0].Baseline : size;
            inks.Add(Label((k + 1).ToString(CultureInfo.InvariantCulture), 0, y + baseline, size, path, bold: true));
            inks.Add(Label(e.Key, numberColumn, y + baseline, size, path, color: _grey));
            inks.AddRange(lines.Select(i => i with { X = i.X + numberColumn + dateColumn, Baseline = i.Baseline + y }));
            y += h + 1.5f;
        }
        // Legend: what the marker shapes mean.
        float legend = y + 8;
        float legendSize = size * 0.85f;
        inks.Add(new EllipseInk(0, legend - 3, 6, 6, _ink, _ink));
        inks.Add(Label(words.Point, 10, legend + 2.5f, legendSize, path, color: _grey));
        float offset = 10 + context.Measure(words.Point, context.Sans, legendSize) + 14;
        inks.Add(new EllipseInk(offset, legend - 4, 8, 8, _white, _ink, 1.4f));
        inks.Add(Label(words.Flagged, offset + 11, legend + 2.5f, legendSize, path, italic: true, color: _grey));
        offset += 11 + context.Measure(words.Flagged, context.Sans.WithItalic(), legendSize) + 14;
        inks.Add(new RectInk(offset, legend - 2, 14, 4, _light, _ink, 0.6f));
        inks.Add(Label(words.Range, offset + 18, legend + 2.5f, legendSize, path, color: _grey));
        return legend + 8;
    }

    private float Flow(FlowChart chart, float width, float top, List<Ink> inks, StructNode[] path)
    {
        float size = context.Theme.TableSize;
        float boxWidth = Math.Min(150, width * 0.3f), gap = 6, boxHeight = size * 2.4f;
        float toX = width - boxWidth;
        float y = top + 4;
        foreach (var p in chart.Paths)
        {
            // Middle column, above the arrows: what triggered the move and how fast it was.
            float midX = boxWidth + 12, midWidth = toX - boxWidth - 24;
            var middle = p.Note ?? "";
            if (middle.Length > 0 && midWidth > 40)
            {
                var (midLines, midH, _) = Wrapped(middle, midWidth, size * 0.88f, path, italic: true, align: TextAlign.Center);
                inks.AddRange(midLines.Select(i => i with { X = i.X + midX, Baseline = i.Baseline + y }));
                y += midH + 6;
            }

            // Source platforms, stacked on the left.
            var fromCentres = new List<float>();
            float fy = y;
            foreach (var from in p.From)
            {
                var (lines, h, _) = Wrapped(from, boxWidth - 12, size, path, bold: true, align: TextAlign.Center);
                float bh = Math.Max(boxHeight, h + 10);
                inks.Add(new RectInk(0, fy, boxWidth, bh, _light, _ink, 0.7f));
                inks.AddRange(lines.Select(i => i with { X = i.X + 6, Baseline = i.Baseline + fy + (bh - h) / 2 }));
                fromCentres.Add(fy + bh / 2);
                fy += bh + gap;
            }
            float leftHeight = fy - gap - y;

            // Destination, centred against the sources; its border says what became of it.
            var (toLines, toH, _) = Wrapped(p.To, boxWidth - 12, size * 1.05f, path, bold: true, align: TextAlign.Center);
            float toBoxHeight = Math.Max(boxHeight, toH + 10);
            float toY = y + Math.Max(0, (leftHeight - toBoxHeight) / 2);
            bool closed = p.Closed;
            inks.Add(new RectInk(toX, toY, boxWidth, toBoxHeight, _white, _ink, closed ? 1f : 1.8f, Dashed: closed));
            inks.AddRange(toLines.Select(i => i with { X = i.X + toX + 6, Baseline = i.Baseline + toY + (toBoxHeight - toH) / 2 }));

            // Arrows converge on the destination.
            float tipY = toY + toBoxHeight / 2;
            foreach (var cy in fromCentres)
            {
                inks.Add(new LineInk(boxWidth, cy, toX - 7, tipY, 1.1f, _ink));
                inks.Add(new PolygonInk([toX - 1, tipY, toX - 8, tipY - 3.5f, toX - 8, tipY + 3.5f], _ink, _ink, 0.5f));
            }
            // Under the destination: its status.
            var (statusLines, statusH, _) = p.Status is { Length: > 0 } status
                ? Wrapped(status, boxWidth, size * 0.9f, path, bold: closed, align: TextAlign.Center)
                : ([], 0, 0);
            inks.AddRange(statusLines.Select(i => i with { X = i.X + toX, Baseline = i.Baseline + toY + toBoxHeight + 2 }));
            y = Math.Max(y + leftHeight, toY + toBoxHeight + 2 + statusH) + 14;
        }
        return y - 8;
    }
}
