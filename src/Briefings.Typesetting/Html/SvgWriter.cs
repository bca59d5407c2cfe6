using System.Globalization;
using System.Net;
using System.Text;
using Briefings.Typesetting.Layout;

namespace Briefings.Typesetting.Html;

/// <summary>
/// A laid-out chart box as inline SVG, so the HTML version shows the very drawing the PDF has,
/// with the same generated alt text as its accessible name.
/// </summary>
public static class SvgWriter
{
    public static string Write(VBox box, float width, string alt)
    {
        var svg = new StringBuilder();
        svg.Append(Invariant($"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {width:0.##} {box.Height:0.##}\" width=\"100%\" role=\"img\" aria-label=\"{E(alt)}\">"));
        svg.Append($"<title>{E(alt)}</title>");
        foreach (var ink in box.Inks) svg.Append(Element(ink));
        svg.Append("</svg>");
        return svg.ToString();
    }

    private static string Element(Ink ink) => ink switch
    {
        TextInk t => Invariant($"<text x=\"{t.X:0.##}\" y=\"{t.Baseline:0.##}\" font-family=\"{E(t.Face.Family)}, sans-serif\" font-size=\"{t.Size:0.##}\"") +
                     (t.Face.Bold ? " font-weight=\"bold\"" : "") + (t.Face.Italic ? " font-style=\"italic\"" : "") +
                     $" fill=\"{Hex(t.Color)}\">{E(t.Text)}</text>",
        LineInk l => Invariant($"<line x1=\"{l.X1:0.##}\" y1=\"{l.Y1:0.##}\" x2=\"{l.X2:0.##}\" y2=\"{l.Y2:0.##}\" stroke=\"{Hex(l.Color)}\" stroke-width=\"{l.Thickness:0.##}\"{Dash(l.Dashed)}/>"),
        RectInk r => Invariant($"<rect x=\"{r.X:0.##}\" y=\"{r.Y:0.##}\" width=\"{r.Width:0.##}\" height=\"{r.Height:0.##}\" {Paint(r.Fill, r.Stroke, r.StrokeWidth)}{Dash(r.Dashed)}/>"),
        EllipseInk e => Invariant($"<ellipse cx=\"{e.X + e.Width / 2:0.##}\" cy=\"{e.Y + e.Height / 2:0.##}\" rx=\"{e.Width / 2:0.##}\" ry=\"{e.Height / 2:0.##}\" {Paint(e.Fill, e.Stroke, e.StrokeWidth)}/>"),
        PolygonInk p => $"<polygon points=\"{string.Join(" ", p.Points.Select(v => v.ToString("0.##", CultureInfo.InvariantCulture)))}\" {Paint(p.Fill, p.Stroke, p.StrokeWidth)}/>",
        _ => "",
    };

    private static string Paint(Rgb? fill, Rgb? stroke, float width) =>
        $"fill=\"{(fill is { } f ? Hex(f) : "none")}\"" + (stroke is { } s ? Invariant($" stroke=\"{Hex(s)}\" stroke-width=\"{width:0.##}\"") : "");

    private static string Dash(bool dashed) => dashed ? " stroke-dasharray=\"3 2\"" : "";

    private static string Hex(Rgb c) => $"#{c.R:x2}{c.G:x2}{c.B:x2}";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
