using System.Text.RegularExpressions;
using Briefings.Typesetting;

namespace Briefings.Sources.Checks;

/// <summary>
/// Where the n-th match of a pattern in a scalar's value was written in the file. YAML folds line breaks
/// and indentation out of the value, so the value's offsets are not the file's; but the patterns allow any
/// white space between words, so the n-th match in the value is the n-th match in the file from the
/// scalar's start. When the file does not show it (an escape sequence in a quoted string), the scalar's
/// own position stands in.
/// </summary>
internal sealed class ScalarPositions(SourceText source, Location scalar, Regex likelihood, Regex confidence)
{
    private readonly int _start = Offset(source.Text, scalar);

    public Location Likelihood(int n) => Find(likelihood, n);

    public Location Confidence(int n) => Find(confidence, n);

    public Location Find(Regex pattern, int n)
    {
        var match = pattern.Matches(source.Text, _start).Skip(n).FirstOrDefault();
        return match is null ? scalar : At(source.Text, match.Index, scalar.File);
    }

    private static int Offset(string text, Location at)
    {
        var offset = 0;
        for (var line = 1; line < at.Line && offset < text.Length; line++)
        {
            var next = text.IndexOf('\n', offset);
            if (next < 0) return text.Length;
            offset = next + 1;
        }
        return Math.Min(text.Length, offset + at.Column - 1);
    }

    private static Location At(string text, int offset, string file)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < offset; i++)
            if (text[i] == '\n') (line, lineStart) = (line + 1, i + 1);
        return new Location(file, line, offset - lineStart + 1);
    }
}
