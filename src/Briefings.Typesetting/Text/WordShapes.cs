namespace Briefings.Typesetting.Text;

/// <summary>Where a piece of a word may break after it, and at what cost.</summary>
public enum BreakAfter : byte { None, Hyphenation, ExplicitHyphen, UrlSeparator }

/// <summary>A piece of a word between two possible breaks, its width in em, and the break that may follow it.</summary>
public readonly record struct WordPart(string Text, float Em, BreakAfter Break);

/// <summary>A word as it sets: its parts in order (the last never has a break after it), and the language tag its script needs, if any.</summary>
public sealed record WordShape(WordPart[] Parts, string? Lang);

/// <summary>
/// How the words of one face break into boxes: at hyphenation points (Liang), explicit hyphens and, in
/// URLs and code, after separators; each part measured in em. Prose repeats its words, so a layout
/// works each word out once and afterwards only scales its widths to the size it is set at (em × size
/// is the very product measuring it again would give). One table serves one layout, on one thread.
/// </summary>
public sealed class WordShapes
{
    private readonly FontMetrics _metrics;
    private readonly bool _breakAsUrl;
    private readonly Hyphenator? _hyphenator;
    private readonly string _language;
    private readonly WordPool _pool;
    private readonly Dictionary<string, WordShape> _shapes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, WordShape>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    /// <param name="breakAsUrl">Every word is a link or code: it breaks after separators and is never hyphenated.</param>
    /// <param name="hyphenator">Null when the text is not hyphenated.</param>
    /// <param name="language">The document's language: words in a script it does not use are tagged (see <see cref="ScriptLanguage"/>).</param>
    public WordShapes(FontMetrics metrics, bool breakAsUrl, Hyphenator? hyphenator, string language, WordPool pool)
    {
        (_metrics, _breakAsUrl, _hyphenator, _language, _pool) = (metrics, breakAsUrl, hyphenator, language, pool);
        _lookup = _shapes.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public FontMetrics Metrics => _metrics;

    public bool Matches(FontMetrics metrics, bool breakAsUrl, Hyphenator? hyphenator) =>
        ReferenceEquals(metrics, _metrics) && breakAsUrl == _breakAsUrl && ReferenceEquals(hyphenator, _hyphenator);

    /// <summary>How a piece of text without spaces sets.</summary>
    public WordShape Of(ReadOnlySpan<char> piece)
    {
        if (_lookup.TryGetValue(piece, out var shape)) return shape;
        var word = _pool.Get(piece);
        shape = new WordShape(Parts(word), ScriptLanguage.Of(word, _language));
        _shapes[word] = shape;
        return shape;
    }

    private WordPart[] Parts(string piece)
    {
        bool url = _breakAsUrl || piece.Contains("://") || piece.StartsWith("www.");
        int[] points = _hyphenator is not null && !url ? HyphenationPoints(piece, _hyphenator) : [];
        List<WordPart>? parts = null; // most words have no break inside
        int start = 0, next = 0;
        for (int i = 0; i < piece.Length - 1; i++)
        {
            char c = piece[i];
            bool hyphenPoint = next < points.Length && points[next] == i + 1;
            if (hyphenPoint) next++;
            bool explicitHyphen = c is '-' or '\u2013' or '\u2014' && i > 0 && char.IsLetterOrDigit(piece[i + 1]);
            bool urlBreak = url && c is '/' or '.' or '?' or '&' or '=' or '_' or '-' or '#' && i > 0;
            if (!hyphenPoint && !explicitHyphen && !urlBreak) continue;
            var after = hyphenPoint ? BreakAfter.Hyphenation : explicitHyphen ? BreakAfter.ExplicitHyphen : BreakAfter.UrlSeparator;
            (parts ??= []).Add(Part(_pool.Get(piece.AsSpan(start, i + 1 - start)), after));
            start = i + 1;
        }
        var last = Part(start == 0 ? piece : _pool.Get(piece.AsSpan(start)), BreakAfter.None);
        if (parts is null) return [last];
        parts.Add(last);
        return [.. parts];

        WordPart Part(string text, BreakAfter after) => new(text, _metrics.Measure(text, 1), after);
    }

    /// <summary>Hyphenation points for the letters of a word, ignoring the punctuation around them.</summary>
    private static int[] HyphenationPoints(string piece, Hyphenator hyphenator)
    {
        int first = 0, last = piece.Length;
        while (first < last && !char.IsLetter(piece[first])) first++;
        while (last > first && !char.IsLetter(piece[last - 1])) last--;
        if (last - first < 5) return [];
        var core = piece[first..last];
        // Names ("Parler", "SocialKit") and acronyms read badly when broken: a brief is about named
        // platforms, so any word with a capital letter stays whole.
        foreach (var c in core) if (char.IsUpper(c)) return [];
        var points = hyphenator.Points(core);
        if (first == 0 || points.Length == 0) return points;
        var shifted = new int[points.Length];
        for (int k = 0; k < points.Length; k++) shifted[k] = points[k] + first;
        return shifted;
    }
}
