using System.Collections.Concurrent;

namespace Briefings.Typesetting.Text;

/// <summary>
/// Liang's hyphenation (the TeX algorithm) over bundled LibreOffice/hyphen pattern files.
/// Results are cached per word: briefs repeat their vocabulary heavily.
/// </summary>
public sealed class Hyphenator
{
    private readonly Dictionary<string, byte[]> _patterns = new(StringComparer.Ordinal);
    // Looked up by slices of the word: a new word tries every substring of it against the patterns.
    private readonly Dictionary<string, byte[]>.AlternateLookup<ReadOnlySpan<char>> _patternsBySpan;
    private readonly int _maxPatternLength;
    private readonly ConcurrentDictionary<string, int[]> _cache = new(StringComparer.Ordinal);

    public int LeftMin { get; } = 2;
    public int RightMin { get; } = 3;

    public Hyphenator(TextReader patterns)
    {
        _patternsBySpan = _patterns.GetAlternateLookup<ReadOnlySpan<char>>();
        string? line;
        while ((line = patterns.ReadLine()) is not null)
        {
            line = line.Trim();
            if (line.Length == 0 || line.StartsWith('%') || line == "UTF-8") continue;
            if (line.StartsWith("LEFTHYPHENMIN ")) { LeftMin = int.Parse(line[14..]); continue; }
            if (line.StartsWith("RIGHTHYPHENMIN ")) { RightMin = int.Parse(line[15..]); continue; }
            if (char.IsUpper(line[0])) continue; // other directives (COMPOUND…, NEXTLEVEL)
            AddPattern(line);
            _maxPatternLength = Math.Max(_maxPatternLength, _patterns.Count == 0 ? 0 : line.Length);
        }
    }

    /// <summary>Loads the bundled patterns for a language tag ("en-GB" → British, anything else English → US).</summary>
    public static Hyphenator ForLanguage(string language)
    {
        var file = language.StartsWith("en-GB", StringComparison.OrdinalIgnoreCase) || language.StartsWith("en-AU", StringComparison.OrdinalIgnoreCase)
            ? "hyph_en_GB.dic" : "hyph_en_US.dic";
        using var stream = typeof(Hyphenator).Assembly.GetManifestResourceStream("Hyphenation." + file)!;
        using var reader = new StreamReader(stream);
        return new Hyphenator(reader);
    }

    private void AddPattern(string pattern)
    {
        // "a2ch4" → letters "ach", levels [0,2,0,4]: one pass, no intermediate collections (start-up time).
        int digits = 0;
        foreach (var c in pattern) if (char.IsAsciiDigit(c)) digits++;
        var letters = new char[pattern.Length - digits];
        var levels = new byte[letters.Length + 1];
        int n = 0;
        foreach (var c in pattern)
        {
            if (char.IsAsciiDigit(c)) levels[n] = (byte)(c - '0');
            else letters[n++] = c;
        }
        _patterns[new string(letters)] = levels;
    }

    /// <summary>Offsets inside the word after which a hyphen may go (ascending).</summary>
    public int[] Points(string word)
    {
        if (word.Length < LeftMin + RightMin) return [];
        // Looked up before adding: the method group would be a new delegate on every call.
        return _cache.TryGetValue(word, out var points) ? points : _cache.GetOrAdd(word, Compute(word));
    }

    private int[] Compute(string word)
    {
        foreach (var c in word) if (!char.IsLetter(c)) return [];
        var dotted = "." + word.ToLowerInvariant() + ".";
        var levels = new byte[dotted.Length + 1];
        for (int start = 0; start < dotted.Length; start++)
            for (int length = 1; length <= Math.Min(_maxPatternLength, dotted.Length - start); length++)
            {
                if (!_patternsBySpan.TryGetValue(dotted.AsSpan(start, length), out var pattern)) continue;
                for (int k = 0; k < pattern.Length; k++)
                    if (pattern[k] > levels[start + k]) levels[start + k] = pattern[k];
            }
        var points = new List<int>();
        // levels[i + 1] sits between dotted[i] and dotted[i + 1], i.e. after word[i - 1].
        for (int i = LeftMin; i <= word.Length - RightMin; i++)
            if ((levels[i + 1] & 1) == 1) points.Add(i);
        return points.ToArray();
    }
}
