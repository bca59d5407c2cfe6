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

    public AsciiBuffer Append(long value)
    {
        value.TryFormat(Room(20), out int written, default, CultureInfo.InvariantCulture);
        _length += written;
        return this;
    }

    /// <summary>
    /// A number as PDF wants it: rounded to three decimals (to even, as Math.Round does), trailing zeros
    /// dropped, no exponent, invariant; what <c>Math.Round(value, 3).ToString("0.###")</c> gives, written as
    /// whole thousandths because a dense page writes thousands of numbers and the general formatter was a
    /// visible part of painting.
    /// </summary>
    public AsciiBuffer Append(float value)
    {
        double thousandths = Math.Round((double)value * 1000);
        if (!(Math.Abs(thousandths) < 1e15)) // NaN, infinities and the astronomically large: the general way
        {
            Math.Round(value, 3).TryFormat(Room(48), out int written, "0.###", CultureInfo.InvariantCulture);
            _length += written;
            return this;
        }
        // -0.0004 rounds to "-0", as the formatter has it.
        return AppendThousandths((long)thousandths, negative: double.IsNegative(thousandths));
    }

    /// <summary>A count of thousandths written as a decimal number, trailing zeros dropped (1500 → "1.5").</summary>
    public AsciiBuffer AppendThousandths(long thousandths) => AppendThousandths(thousandths, thousandths < 0);

    /// <summary>
    /// <paramref name="thousandths"/> / 1000 as PDF wants a number: trailing zeros dropped, no exponent.
    /// <paramref name="negative"/> can be set for zero, so that a value that rounded to zero from below keeps its sign.
    /// </summary>
    private AsciiBuffer AppendThousandths(long thousandths, bool negative)
    {
        if (negative) Append('-');
        long whole = Math.Abs(thousandths);
        Append(whole / 1000);
        int fraction = (int)(whole % 1000);
        if (fraction == 0) return this;
        Append('.').Append((char)('0' + fraction / 100));
        if ((fraction %= 100) == 0) return this;
        Append((char)('0' + fraction / 10));
        if ((fraction %= 10) == 0) return this;
        return Append((char)('0' + fraction));
    }

    /// <summary>
    /// Bytes as a PDF literal string: as they are, except the three that the syntax gives a meaning
    /// (parentheses and backslash) and the two line ends, which a reader would otherwise normalise.
    /// Half the size of a hex string, which matters because every page's operators are deflated.
    /// </summary>
    public AsciiBuffer AppendLiteral(ReadOnlySpan<byte> bytes)
    {
        var room = Room(2 * bytes.Length + 2);
        int n = 0;
        room[n++] = (byte)'(';
        foreach (var b in bytes)
        {
            switch (b)
            {
                case (byte)'(' or (byte)')' or (byte)'\\': room[n++] = (byte)'\\'; room[n++] = b; break;
                case (byte)'\r': room[n++] = (byte)'\\'; room[n++] = (byte)'r'; break;
                case (byte)'\n': room[n++] = (byte)'\\'; room[n++] = (byte)'n'; break;
                default: room[n++] = b; break;
            }
        }
        room[n++] = (byte)')';
        _length += n;
        return this;
    }

    private Span<byte> Room(int count)
    {
        if (_length + count > _bytes.Length) Array.Resize(ref _bytes, Math.Max(_bytes.Length * 2, _length + count));
        return _bytes.AsSpan(_length);
    }
}
