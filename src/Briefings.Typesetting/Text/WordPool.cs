namespace Briefings.Typesetting.Text;

/// <summary>
/// One string for each distinct word a layout sets. Prose repeats its words, and a long document holds
/// every run of text it sets until the last page is painted: pooled, a word met a thousand times is one
/// string, and setting it allocates nothing. Only short text is pooled (words, not whole ragged lines,
/// which rarely repeat). One pool serves one layout, on one thread.
/// </summary>
public sealed class WordPool
{
    private const int LongestPooled = 32;

    private readonly HashSet<string> _words = new(StringComparer.Ordinal);
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public WordPool() => _lookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();

    public string Get(ReadOnlySpan<char> text)
    {
        if (text.Length > LongestPooled) return text.ToString();
        if (_lookup.TryGetValue(text, out var word)) return word;
        word = text.ToString();
        _words.Add(word);
        return word;
    }
}
