using Briefings.Problems;

namespace Briefings.Templates.Checking;

/// <summary>Turns an offset in a file's text into a 1-based line and column.</summary>
public sealed class TextPositions
{
    private readonly string _file;
    private readonly List<int> _lineStarts = [0];

    public TextPositions(string file, string text)
    {
        _file = file;
        for (var i = 0; i < text.Length; i++)
            if (text[i] == '\n') _lineStarts.Add(i + 1);
    }

    public Location At(int offset)
    {
        var line = _lineStarts.BinarySearch(offset);
        if (line < 0) line = ~line - 1;
        return new Location(_file, line + 1, offset - _lineStarts[line] + 1);
    }
}
