using System.Globalization;
using Briefings.Typesetting.Figures;
using Briefings.Typesetting.Layout;
using Briefings.Typesetting.Markdown;
using Briefings.Typesetting.Model;
using Briefings.Typesetting.Pdf;
using Briefings.Typesetting.Text;

namespace Briefings.Typesetting;

/// <summary>
/// The engine's front door: Markdown in, PDF bytes out. Parse → lay out → paint; each stage hands
/// plain data to the next. One instance can render many documents (fonts, patterns and the
/// hyphenation cache are shared) and may be used from several threads. Figures a caller hands over
/// typed are drawn by the renderers it registered here.
/// </summary>
public sealed class Typesetter
{
    private readonly Theme _theme;
    private readonly FigureRenderers _figures;
    private readonly Lazy<Hyphenator> _british = new(() => Hyphenator.ForLanguage("en-GB"));
    private readonly Lazy<Hyphenator> _american = new(() => Hyphenator.ForLanguage("en-US"));

    public Typesetter(Theme? theme = null, FigureRenderers? figures = null) =>
        (_theme, _figures) = (theme ?? Theme.Default, figures ?? FigureRenderers.None);

    /// <summary>Markdown → document model; errors (not warnings) mean there is nothing to print.</summary>
    public (Document Document, List<Diagnostic> Diagnostics) Parse(RenderRequest request)
    {
        var diagnostics = new List<Diagnostic>();
        var document = MarkdownReader.Read(request, _figures, diagnostics);
        return (document, diagnostics);
    }

    public PagePlan Layout(Document document, string sourceName, List<Diagnostic> diagnostics)
    {
        return new DocumentLayouter(_theme, FontLibrary.Bundled, HyphenatorFor(document.Meta)).Layout(document, sourceName, diagnostics);
    }

    public RenderResult RenderPdf(RenderRequest request)
    {
        var (document, diagnostics) = Parse(request);
        if (diagnostics.Any(d => d.Severity == Severity.Error)) return new RenderResult(null, diagnostics) { Inputs = document.Images };
        var plan = Layout(document, request.SourceName, diagnostics);
        var bytes = new PdfPainter().Paint(plan, Timestamp(document.Meta, request.FallbackDate), request.PdfA);
        return new RenderResult(bytes, diagnostics, plan.Pages.Count) { Inputs = document.Images };
    }

    public RenderResult RenderHtml(RenderRequest request)
    {
        var (document, diagnostics) = Parse(request);
        if (diagnostics.Any(d => d.Severity == Severity.Error)) return new RenderResult(null, diagnostics) { Inputs = document.Images };
        // Charts are laid out by the same engine at the PDF's measure and written as SVG.
        const float width = 460;
        var context = new LayoutContext(_theme, FontLibrary.Bundled, HyphenatorFor(document.Meta), document.Meta, width, 700, request.SourceName, diagnostics);
        var words = Words.DocumentWords.For(document.Meta.Language);
        string Svg(ChartBlock chart) =>
            Html.SvgWriter.Write(new Charts.ChartLayouter(context, chart.Line).Layout(chart.Spec, width, []), width, Charts.AltText.For(chart.Spec, words));
        return new RenderResult(System.Text.Encoding.UTF8.GetBytes(Html.HtmlWriter.Write(document, Svg)), diagnostics) { Inputs = document.Images };
    }

    private Hyphenator HyphenatorFor(DocumentMeta meta) =>
        meta.Language.StartsWith("en-US", StringComparison.OrdinalIgnoreCase) ? _american.Value : _british.Value;

    /// <summary>The document's own date (typed, else written in ISO), else SOURCE_DATE_EPOCH, else a fixed epoch: never the clock.</summary>
    private static DateTime Timestamp(DocumentMeta meta, DateTimeOffset? fallback)
    {
        if (meta.Issued is { } issued) return issued.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        string[] formats = ["yyyy-MM-dd", "yyyy-MM", "yyyy"];
        if (meta.Date is { } text && DateTime.TryParseExact(text.Trim(), formats, CultureInfo.InvariantCulture,
                DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var date))
            return DateTime.SpecifyKind(date, DateTimeKind.Utc);
        return fallback?.UtcDateTime ?? new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc);
    }
}
