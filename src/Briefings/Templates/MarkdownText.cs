using System.Text;

namespace Briefings.Templates;

/// <summary>
/// Makes a value print literally when inserted into Markdown. Values are analysts' prose, never markup:
/// a summary with "*", "_", "#", "|", "[", "]", "&lt;" or a backtick must not turn into emphasis, a heading,
/// a table cell, a link, HTML or code. Line breaks are folded to spaces because every insertion point in a
/// template is inline (a folded YAML paragraph should not become a list or a heading mid-sentence). A
/// value's own spaces at its ends are kept (", " and " and " from a template's code are words with spaces),
/// but not a line break there (a folded YAML paragraph ends with one).
/// </summary>
public static class MarkdownText
{
    /// <summary>Punctuation with a meaning anywhere in a line (CommonMark, pipe tables, Markdig extensions).</summary>
    private const string AlwaysEscaped = "\\`*_[]{}<>|#~^&$=+!";

    /// <summary>Punctuation that only means something at the start of a line (lists, quotes, breaks, containers).</summary>
    private const string EscapedAtStart = "-:";

    public static string Escape(string value)
    {
        var text = Fold(value);
        if (text.Length == 0) return text;
        var before = value.Length > 0 && value[0] == ' ' && LeadingSpaces(value) ? " " : "";
        var after = value.Length > 0 && value[^1] == ' ' && LeadingSpaces(new string(value.Reverse().ToArray())) ? " " : "";
        return before + EscapeFolded(text) + after;
    }

    /// <summary>Whether the white space a value starts with is spaces only, no line break or tab.</summary>
    private static bool LeadingSpaces(string value)
    {
        foreach (var c in value)
        {
            if (c == ' ') continue;
            return !char.IsWhiteSpace(c);
        }
        return false;
    }

    private static string EscapeFolded(string text)
    {
        var result = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (AlwaysEscaped.Contains(c) || (i == 0 && EscapedAtStart.Contains(c)))
                result.Append('\\');
            else if ((c == '.' || c == ')') && i > 0 && IsDigitsOnly(text, 0, i))
                result.Append('\\'); // "2015. " at the start of a line would open an ordered list
            result.Append(c);
        }
        return result.ToString();
    }

    /// <summary>Runs of white space, including line breaks, become one space; ends are trimmed.</summary>
    public static string Fold(string value)
    {
        var result = new StringBuilder(value.Length);
        var space = false;
        foreach (var c in value)
        {
            if (char.IsWhiteSpace(c)) { space = result.Length > 0; continue; }
            if (space) result.Append(' ');
            space = false;
            result.Append(c);
        }
        return result.ToString();
    }

    private static bool IsDigitsOnly(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
            if (!char.IsAsciiDigit(text[i])) return false;
        return true;
    }
}
