using System.Globalization;

namespace Briefings.Typesetting.Pdf;

/// <summary>
/// Content operators are ASCII: they are written as bytes straight away instead of as UTF-16 text converted
/// at the end, into one buffer that every page of a document reuses (a dense page is some 30 KB of operators).
/// </summary>
internal sealed class AsciiBuffer(int capacity)
{
    private byte[] _bytes = new byte[capacity];
    private int _length;

    public ReadOnlySpan<byte> Written => _bytes.AsSpan(0, _length);

    public void Clear() => _length = 0;

    public AsciiBuffer Append(char c)
    {
        Room(1)[0] = (byte)c;
        _length++;
        return this;
    }

    public AsciiBuffer Append(string text)
    {
        var room = Room(text.Length);
        for (int i = 0; i < text.Length; i++) room[i] = (byte)text[i];
        _length += text.Length;
        return this;
    }

    public AsciiBuffer Append(int value)
    {
        value.TryFormat(Room(11), out int written, default, CultureInfo.InvariantCulture);
        _length += written;
        return this;
    }

    /// <summary>A number as PDF wants it: at most three decimals, no exponent, invariant.</summary>
    public AsciiBuffer Append(double value)
    {
        value.TryFormat(Room(48), out int written, "0.###", CultureInfo.InvariantCulture);
        _length += written;
        return this;
    }

    private Span<byte> Room(int count)
    {
        if (_length + count > _bytes.Length) Array.Resize(ref _bytes, Math.Max(_bytes.Length * 2, _length + count));
        return _bytes.AsSpan(_length);
    }
}
