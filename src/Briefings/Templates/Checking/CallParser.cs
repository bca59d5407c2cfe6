using System.Globalization;

namespace Briefings.Templates.Checking;

/// <summary>Parses the content of a tag into a <see cref="Call"/>; returns an error message for what it cannot read.</summary>
public static class CallParser
{
    public static (Call? Call, string? Error, int ErrorOffset) Parse(string content, int offset)
    {
        var position = 0;
        try
        {
            var call = ParseCall(content, ref position, offset, nested: false);
            return (call, null, 0);
        }
        catch (FormatException e)
        {
            return (null, e.Message, offset + Math.Min(position, content.Length));
        }
    }

    private static Call ParseCall(string text, ref int position, int offset, bool nested)
    {
        SkipSpace(text, ref position);
        var headStart = position;
        var head = ReadWord(text, ref position);
        if (head.Length == 0) throw new FormatException(nested ? "expected a helper name after '('" : "expected a name or a helper");
        var arguments = new List<Term>();
        var hash = new List<(string, Term)>();
        while (true)
        {
            SkipSpace(text, ref position);
            if (position >= text.Length) break;
            if (text[position] == ')')
            {
                if (nested) break;
                throw new FormatException("')' without a matching '('");
            }
            if (text[position] == '|' || text.AsSpan(position).StartsWith("as |"))
                throw new FormatException("block parameters (as |x|) are not supported; use this or @index inside the block");
            var termStart = position;
            var word = PeekKey(text, position);
            if (word is not null)
            {
                position += word.Length + 1;
                hash.Add((word, ReadTerm(text, ref position, offset)));
                continue;
            }
            arguments.Add(ReadTerm(text, ref position, offset));
            if (position == termStart) throw new FormatException($"unexpected '{text[position]}'");
        }
        return new Call(new PathTerm(head, offset + headStart), arguments, hash);
    }

    private static Term ReadTerm(string text, ref int position, int offset)
    {
        var start = position;
        if (position >= text.Length) throw new FormatException("expected a value");
        var c = text[position];
        if (c is '"' or '\'')
        {
            var end = text.IndexOf(c, position + 1);
            if (end < 0) throw new FormatException($"string starting here is never closed with {c}");
            position = end + 1;
            return new LiteralTerm(text[(start + 1)..end], offset + start);
        }
        if (c == '(')
        {
            position++;
            var call = ParseCall(text, ref position, offset, nested: true);
            if (position >= text.Length || text[position] != ')') throw new FormatException("'(' is never closed with ')'");
            position++;
            return new CallTerm(call, offset + start);
        }
        var word = ReadWord(text, ref position);
        if (word is "true" or "false" or "null" or "undefined" || double.TryParse(word, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
            return new LiteralTerm(word, offset + start);
        return new PathTerm(word, offset + start);
    }

    /// <summary>"key=" at this position, for hash arguments; null otherwise.</summary>
    private static string? PeekKey(string text, int position)
    {
        var end = position;
        while (end < text.Length && (char.IsLetterOrDigit(text[end]) || text[end] is '_' or '-')) end++;
        return end > position && end < text.Length && text[end] == '=' ? text[position..end] : null;
    }

    private static string ReadWord(string text, ref int position)
    {
        var start = position;
        while (position < text.Length && !char.IsWhiteSpace(text[position]) && text[position] is not ')' and not '(' and not '"' and not '\'')
            position++;
        return text[start..position];
    }

    private static void SkipSpace(string text, ref int position)
    {
        while (position < text.Length && char.IsWhiteSpace(text[position])) position++;
    }
}
