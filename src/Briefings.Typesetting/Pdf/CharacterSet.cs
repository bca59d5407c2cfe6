namespace Briefings.Typesetting.Pdf;

/// <summary>
/// The characters a face prints, one bit each: every character of every word passes through here as it
/// is painted, and setting a bit costs less than hashing the character (or the word) into a set.
/// </summary>
internal sealed class CharacterSet
{
    private readonly ulong[] _bits = new ulong[(char.MaxValue + 1) / 64];

    public void Add(string text)
    {
        foreach (var c in text) _bits[c >> 6] |= 1UL << c;
    }

    /// <summary>The characters in code order.</summary>
    public string InOrder()
    {
        var text = new System.Text.StringBuilder();
        for (int word = 0; word < _bits.Length; word++)
            for (ulong rest = _bits[word]; rest != 0; rest &= rest - 1)
                text.Append((char)(word * 64 + System.Numerics.BitOperations.TrailingZeroCount(rest)));
        return text.ToString();
    }
}
