using Briefings.Problems;

namespace Briefings.Templates.Checking;

/// <summary>Splits a template into its Handlebars tags; the text between them is left alone.</summary>
public static class TemplateScanner
{
    public static IReadOnlyList<TemplateTag> Scan(TemplateFile file, TextPositions positions, List<Problem> problems)
    {
        var text = file.Text;
        var tags = new List<TemplateTag>();
        var i = 0;
        while ((i = text.IndexOf("{{", i, StringComparison.Ordinal)) >= 0)
        {
            if (i > 0 && text[i - 1] == '\\') { i += 2; continue; } // \{{ is literal in Handlebars
            var start = i;
            if (text.AsSpan(i).StartsWith("{{!--"))
            {
                var end = text.IndexOf("--}}", i + 5, StringComparison.Ordinal);
                if (end < 0) { Unclosed(positions, start, "{{!--", "--}}", problems); break; }
                tags.Add(new TemplateTag(TagKind.Comment, "", i + 5, start));
                i = end + 4;
                continue;
            }
            var raw = text.AsSpan(i).StartsWith("{{{");
            var open = raw ? 3 : 2;
            var closer = raw ? "}}}" : "}}";
            var close = text.IndexOf(closer, i + open, StringComparison.Ordinal);
            if (close < 0) { Unclosed(positions, start, raw ? "{{{" : "{{", closer, problems); break; }

            var contentStart = i + open;
            var contentEnd = close;
            if (contentStart < contentEnd && text[contentStart] == '~') contentStart++;
            if (contentEnd > contentStart && text[contentEnd - 1] == '~') contentEnd--;
            var content = text[contentStart..contentEnd];
            var lead = content.Length - content.TrimStart().Length;
            tags.Add(Classify(raw, content.Trim(), contentStart + lead, start));
            i = close + closer.Length;
        }
        return tags;
    }

    private static TemplateTag Classify(bool raw, string content, int offset, int tagOffset)
    {
        if (raw) return new TemplateTag(TagKind.Raw, content, offset, tagOffset);
        if (content.Length == 0) return new TemplateTag(TagKind.Expression, content, offset, tagOffset);
        TemplateTag Strip(TagKind kind)
        {
            var rest = content[1..];
            var lead = rest.Length - rest.TrimStart().Length;
            return new TemplateTag(kind, rest.Trim(), offset + 1 + lead, tagOffset);
        }
        return content[0] switch
        {
            '!' => new TemplateTag(TagKind.Comment, "", offset, tagOffset),
            '#' => Strip(TagKind.BlockOpen),
            '/' => Strip(TagKind.BlockClose),
            '>' => Strip(TagKind.Partial),
            '&' => Strip(TagKind.Raw),
            '^' when content.Trim() == "^" => new TemplateTag(TagKind.Else, "", offset, tagOffset),
            '^' => Strip(TagKind.InverseOpen),
            _ when content == "else" => new TemplateTag(TagKind.Else, "", offset, tagOffset),
            _ when content.StartsWith("else ", StringComparison.Ordinal) =>
                new TemplateTag(TagKind.Else, content[5..].TrimStart(), offset + 5 + (content[5..].Length - content[5..].TrimStart().Length), tagOffset),
            _ => new TemplateTag(TagKind.Expression, content, offset, tagOffset),
        };
    }

    private static void Unclosed(TextPositions positions, int offset, string opener, string closer, List<Problem> problems) =>
        problems.Add(Problem.Error(positions.At(offset), ProblemCodes.TemplateSyntax, $"'{opener}' is never closed; add '{closer}'"));
}
