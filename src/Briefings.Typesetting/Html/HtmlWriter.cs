using System.Net;
using System.Text;
using Briefings.Typesetting.Charts;
using Briefings.Typesetting.Model;
using Briefings.Typesetting.Text;

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
        var words = Words.DocumentWords.For(meta.Language);
        var html = new StringBuilder();
        html.Append($"<!DOCTYPE html>\n<html lang=\"{E(meta.Language)}\">\n<head>\n<meta charset=\"utf-8\">\n<title>{E(meta.Title)}</title>\n");
        if (meta.Author is { } author) html.Append($"<meta name=\"author\" content=\"{E(author)}\">\n");
        if (meta.Keywords is { } keywords) html.Append($"<meta name=\"keywords\" content=\"{E(keywords)}\">\n");
        html.Append($"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<style>{Style}</style>\n</head>\n<body>\n");
        // The page's banner and contentinfo landmarks hold the marking, so a reader finds it at both ends.
        html.Append("<header>\n");
        if (meta.Marking is { } marking) html.Append($"<p class=\"marking\">{E(marking.ToUpperInvariant())}</p>\n");
        if (meta.HasTitleBlock) html.Append($"<h1>{E(meta.Title)}</h1>\n");
        if (meta.Subtitle is { } subtitle) html.Append($"<p class=\"subtitle\">{E(subtitle)}</p>\n");
        var byline = string.Join(" · ", new[] { meta.Author, meta.Date }.Where(s => !string.IsNullOrWhiteSpace(s)));
        if (byline.Length > 0) html.Append($"<p>{E(byline)}</p>\n");
        html.Append("</header>\n<main>\n");
        var levels = HeadingLevels.For(document);
        foreach (var block in document.Blocks) Block(html, block, levels, chart, words, meta.Language);
        html.Append("</main>\n");
        if (document.Footnotes.Count > 0)
        {
            html.Append($"<section class=\"footnotes\" aria-label=\"{E(words.Notes)}\">\n<ol>\n");
            foreach (var note in document.Footnotes) html.Append($"<li id=\"fn-{note.Number}\">{Inlines(meta.Language, note.Content)}</li>\n");
            html.Append("</ol>\n</section>\n");
        }
        if (meta.Marking is { } bottom) html.Append($"<footer>\n<p class=\"marking\">{E(bottom.ToUpperInvariant())}</p>\n</footer>\n");
        html.Append("</body>\n</html>\n");
        return html.ToString();
    }

    private static void Block(StringBuilder html, Block block, IReadOnlyDictionary<Heading, int> levels, Func<ChartBlock, string> chart, Words.DocumentWords words, string language)
    {
        switch (block)
        {
            case Heading h:
                int level = levels[h];
                html.Append($"<h{level} id=\"{E(h.Id)}\">{Inlines(language, h.Content)}</h{level}>\n");
                break;
            case Paragraph p:
                html.Append($"<p>{Inlines(language, p.Content)}</p>\n");
                break;
            case ListBlock l:
                var tag = l.Ordered ? "ol" : "ul";
                html.Append(l.Ordered && l.Start != 1 ? $"<ol start=\"{l.Start}\">\n" : $"<{tag}>\n");
                foreach (var item in l.Items)
                {
                    html.Append("<li>");
                    if (item is [Paragraph only]) html.Append(Inlines(language, only.Content));
                    else foreach (var child in item) Block(html, child, levels, chart, words, language);
                    html.Append("</li>\n");
                }
                html.Append($"</{tag}>\n");
                break;
            case Table t:
                html.Append("<table>\n");
                if (t.Header.Count > 0)
                    html.Append("<thead><tr>").Append(string.Concat(t.Header.Select(c => $"<th scope=\"col\">{Inlines(language, c)}</th>"))).Append("</tr></thead>\n");
                html.Append("<tbody>\n");
                foreach (var row in t.Rows) html.Append("<tr>").Append(string.Concat(row.Select(c => $"<td>{Inlines(language, c)}</td>"))).Append("</tr>\n");
                html.Append("</tbody>\n</table>\n");
                break;
            case CodeBlock c:
                html.Append($"<pre><code>{E(c.Text)}</code></pre>\n");
                break;
            case Quote q:
                html.Append("<blockquote>\n");
                foreach (var child in q.Content) Block(html, child, levels, chart, words, language);
                html.Append("</blockquote>\n");
                break;
            case Callout c:
                var label = E(words.CalloutLabel(c.Kind));
                html.Append($"<aside class=\"{c.Kind}\" aria-label=\"{label}\">\n<p class=\"label\">{label}</p>\n");
                foreach (var child in c.Content) Block(html, child, levels, chart, words, language);
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

    private static string Inlines(string language, IReadOnlyList<Span> spans)
    {
        var html = new StringBuilder();
        foreach (var span in spans)
        {
            if (span.Text == Span.LineBreak) { html.Append("<br>"); continue; }
            var text = Tagged(span.Text, language);
            if (span.Style.HasFlag(SpanStyle.Code)) text = $"<code>{text}</code>";
            if (span.Style.HasFlag(SpanStyle.Italic)) text = $"<em>{text}</em>";
            if (span.Style.HasFlag(SpanStyle.Bold)) text = $"<strong>{text}</strong>";
            if (span.Style.HasFlag(SpanStyle.Superscript)) text = $"<sup>{text}</sup>";
            if (span.Link is { } link) text = $"<a href=\"{E(link)}\">{text}</a>";
            html.Append(text);
        }
        return html.ToString();
    }

    /// <summary>Escaped text, each word in another script wrapped with its language (as the PDF tags it).</summary>
    private static string Tagged(string text, string language) =>
        string.Join(' ', text.Split(' ').Select(word => ScriptLanguage.Of(word, language) is { } lang ? $"<span lang=\"{lang}\">{E(word)}</span>" : E(word)));

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
