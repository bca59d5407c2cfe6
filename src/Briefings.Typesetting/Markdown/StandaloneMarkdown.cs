using System.Text;
using Briefings.Typesetting.Charts;
using Briefings.Typesetting.Figures;
using Briefings.Typesetting.Model;
using Briefings.Typesetting.Words;

namespace Briefings.Typesetting.Markdown;

/// <summary>
/// A request as one Markdown file that renders on its own: its typed metadata written as front matter and
/// each ```figure fence replaced by the ```chart fence of what its renderer draws. For people to read and
/// for `render`; typesetting a request never goes through this text.
/// </summary>
public static class StandaloneMarkdown
{
    public static string Write(RenderRequest request, FigureRenderers renderers)
    {
        var text = new StringBuilder();
        if (request.Meta is { } meta) FrontMatter(text, meta);
        var lines = request.Markdown.Split('\n');
        var words = DocumentWords.For(request.Meta?.Language);
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].StartsWith("```figure ", StringComparison.Ordinal) && i + 1 < lines.Length && lines[i + 1] == "```"
                && request.Figures.TryGetValue(lines[i]["```figure ".Length..].Trim(), out var figure) && renderers.For(figure) is { } renderer)
            {
                var chart = renderer.Draw(figure);
                text.Append(ChartWriter.Fence(chart, AltText.For(chart, words)));
                i++;
            }
            else text.Append(lines[i]);
            if (i < lines.Length - 1) text.Append('\n');
        }
        return text.ToString();
    }

    private static void FrontMatter(StringBuilder text, DocumentMeta meta)
    {
        text.Append("---\n");
        void Line(string key, string? value) { if (value is not null) text.Append($"{key}: {ChartWriter.Q(value)}\n"); }
        if (meta.HasTitleBlock) Line("title", meta.Title);
        Line("subtitle", meta.Subtitle);
        Line("author", meta.Author);
        Line("date", meta.Date);
        if (meta.Issued is { } issued) text.Append("issued: ").Append(issued.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)).Append('\n');
        Line("marking", meta.Marking);
        text.Append($"paper: {(meta.Paper == Paper.Letter ? "letter" : "a4")}\n");
        Line("language", meta.Language);
        text.Append($"toc: {(meta.Toc ? "true" : "false")}\n");
        Line("subject", meta.Subject);
        Line("keywords", meta.Keywords);
        if (meta.Justify is { } justify) text.Append($"justify: {(justify ? "true" : "false")}\n");
        text.Append("---\n\n");
    }
}
