using System.Net;
using System.Text;
using Briefings.Typesetting.Charts;
using Briefings.Typesetting.Model;

namespace Briefings.Typesetting.Html;

/// <summary>
/// The same document model as accessible HTML, for e-mail and intranet pages: semantic elements,
/// header cells with scope, alt text, a footnote list, the protective marking at top and bottom.
/// Self-contained (styles inline in the head, images as data URIs) so one file travels whole.
/// </summary>
public static class HtmlWriter
{
    private const string Style = """
        body{font-family:'Noto Serif',Georgia,serif;max-width:44em;margin:2em auto;padding:0 1em;color:#1b1b1b;line-height:1.5}
        h1,h2,h3,h4,h5,h6{font-family:'Noto Sans',Arial,sans-serif;color:#15355a}
        .marking{text-align:center;font:bold .85em 'Noto Sans',Arial,sans-serif;color:#8a1c1c;letter-spacing:.05em}
        table{border-collapse:collapse;width:100%;font-size:.9em}th,td{border-bottom:1px solid #9aa5b1;padding:.3em .5em;text-align:left;vertical-align:top}
        th{background:#e6ecf2}aside{padding:.6em 1em;margin:1em 0;border-left:4px solid #5c6670;background:#f2f4f5}
        aside.bluf{border-color:#15355a;background:#e9f0f7}aside.warning{border-color:#a4511a;background:#fbf0e4}
        aside>.label{font:bold .8em 'Noto Sans',Arial,sans-serif;text-transform:uppercase}
        pre{background:#f3f4f6;padding:.6em;overflow-x:auto}blockquote{border-left:2px solid #9aa5b1;margin-left:0;padding-left:1em}
        .subtitle{font-size:1.2em;color:#5c6670}.footnotes{font-size:.85em;border-top:1px solid #9aa5b1}
        """;

    /// <param name="chart">Draws a chart as inline SVG (the engine's own chart layout).</param>
    public static string Write(Document document, Func<ChartBlock, string> chart)
    {
        var meta = document.Meta;
        var html = new StringBuilder();
        html.Append($"<!DOCTYPE html>\n<html lang=\"{E(meta.Language)}\">\n<head>\n<meta charset=\"utf-8\">\n<title>{E(meta.Title)}</title>\n");
        if (meta.Author is { } author) html.Append($"<meta name=\"author\" content=\"{E(author)}\">\n");
        if (meta.Keywords is { } keywords) html.Append($"<meta name=\"keywords\" content=\"{E(keywords)}\">\n");
        html.Append($"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<style>{Style}</style>\n</head>\n<body>\n");
        if (meta.Marking is { } marking) html.Append($"<p class=\"marking\" role=\"note\">{E(marking.ToUpperInvariant())}</p>\n");
        html.Append("<header>\n");
        if (meta.HasTitleBlock) html.Append($"<h1>{E(meta.Title)}</h1>\n");
        if (meta.Subtitle is { } subtitle) html.Append($"<p class=\"subtitle\">{E(subtitle)}</p>\n");
        var byline = string.Join(" · ", new[] { meta.Author, meta.Date }.Where(s => !string.IsNullOrWhiteSpace(s)));
        if (byline.Length > 0) html.Append($"<p>{E(byline)}</p>\n");
        html.Append("</header>\n<main>\n");
        // Below a title block the document's own headings step down one level, so the page has one h1.
        int shift = meta.HasTitleBlock ? 1 : 0;
        foreach (var block in document.Blocks) Block(html, block, shift, chart);
        html.Append("</main>\n");
        if (document.Footnotes.Count > 0)
        {
            html.Append("<section class=\"footnotes\" aria-label=\"Notes\">\n<ol>\n");
            foreach (var note in document.Footnotes) html.Append($"<li id=\"fn-{note.Number}\">{Inlines(note.Content)}</li>\n");
            html.Append("</ol>\n</section>\n");
        }
        if (meta.Marking is { } bottom) html.Append($"<p class=\"marking\" role=\"note\">{E(bottom.ToUpperInvariant())}</p>\n");
        html.Append("</body>\n</html>\n");
        return html.ToString();
    }

    private static void Block(StringBuilder html, Block block, int shift, Func<ChartBlock, string> chart)
    {
        switch (block)
        {
            case Heading h:
                int level = Math.Min(6, h.Level + shift);
                html.Append($"<h{level} id=\"{E(h.Id)}\">{Inlines(h.Content)}</h{level}>\n");
                break;
            case Paragraph p:
                html.Append($"<p>{Inlines(p.Content)}</p>\n");
                break;
            case ListBlock l:
                var tag = l.Ordered ? "ol" : "ul";
                html.Append(l.Ordered && l.Start != 1 ? $"<ol start=\"{l.Start}\">\n" : $"<{tag}>\n");
                foreach (var item in l.Items)
                {
                    html.Append("<li>");
                    if (item is [Paragraph only]) html.Append(Inlines(only.Content));
                    else foreach (var child in item) Block(html, child, shift, chart);
                    html.Append("</li>\n");
                }
                html.Append($"</{tag}>\n");
                break;
            case Table t:
                html.Append("<table>\n");
                if (t.Header.Count > 0)
                    html.Append("<thead><tr>").Append(string.Concat(t.Header.Select(c => $"<th scope=\"col\">{Inlines(c)}</th>"))).Append("</tr></thead>\n");
                html.Append("<tbody>\n");
                foreach (var row in t.Rows) html.Append("<tr>").Append(string.Concat(row.Select(c => $"<td>{Inlines(c)}</td>"))).Append("</tr>\n");
                html.Append("</tbody>\n</table>\n");
                break;
            case CodeBlock c:
                html.Append($"<pre><code>{E(c.Text)}</code></pre>\n");
                break;
            case Quote q:
                html.Append("<blockquote>\n");
                foreach (var child in q.Content) Block(html, child, shift, chart);
                html.Append("</blockquote>\n");
                break;
            case Callout c:
                var label = c.Kind switch { "bluf" => "Bottom line up front", "warning" => "Warning", _ => "Note" };
                html.Append($"<aside class=\"{c.Kind}\" aria-label=\"{label}\">\n<p class=\"label\">{label}</p>\n");
                foreach (var child in c.Content) Block(html, child, shift, chart);
                html.Append("</aside>\n");
                break;
            case ThematicBreak:
                html.Append("<hr>\n");
                break;
            case Figure f:
                var mime = f.Image.Length > 1 && f.Image[0] == 0xFF ? "image/jpeg" : "image/png";
                html.Append($"<figure><img src=\"data:{mime};base64,{Convert.ToBase64String(f.Image)}\" alt=\"{E(f.Alt)}\">");
                if (f.Caption.Length > 0) html.Append($"<figcaption>{E(f.Caption)}</figcaption>");
                html.Append("</figure>\n");
                break;
            case ChartBlock c:
                // The title is drawn inside the SVG; the figure's accessible name is the generated alt text.
                html.Append("<figure>").Append(chart(c)).Append("</figure>\n");
                break;
        }
    }

    private static string Inlines(IReadOnlyList<Span> spans)
    {
        var html = new StringBuilder();
        foreach (var span in spans)
        {
            if (span.Text == Span.LineBreak) { html.Append("<br>"); continue; }
            var text = E(span.Text);
            if (span.Style.HasFlag(SpanStyle.Code)) text = $"<code>{text}</code>";
            if (span.Style.HasFlag(SpanStyle.Italic)) text = $"<em>{text}</em>";
            if (span.Style.HasFlag(SpanStyle.Bold)) text = $"<strong>{text}</strong>";
            if (span.Style.HasFlag(SpanStyle.Superscript)) text = $"<sup>{text}</sup>";
            if (span.Link is { } link) text = $"<a href=\"{E(link)}\">{text}</a>";
            html.Append(text);
        }
        return html.ToString();
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
