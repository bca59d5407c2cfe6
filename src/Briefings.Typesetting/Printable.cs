using System.Text;

namespace Briefings.Typesetting;

/// <summary>
/// Text from a user's file made safe to print in a one-line message: control characters (a tab, a
/// newline, an escape sequence that would recolour a terminal) and bidirectional overrides (which can
/// make a message read differently from what it says) are shown as \uXXXX escapes.
/// </summary>
public static class Printable
{
    public static string Escape(string text)
    {
        if (!text.Any(NeedsEscape)) return text;
        var result = new StringBuilder(text.Length + 16);
        foreach (var c in text)
            if (NeedsEscape(c)) result.Append($"\\u{(int)c:X4}");
            else result.Append(c);
        return result.ToString();
    }

    private static bool NeedsEscape(char c) =>
        char.IsControl(c) || c is '\u2028' or '\u2029' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');
}
