using System.Globalization;

namespace Briefings.Typesetting;

public readonly record struct Rgb(byte R, byte G, byte B)
{
    public static readonly Rgb Black = new(0, 0, 0);
    public static readonly Rgb White = new(255, 255, 255);

    public static Rgb? TryParse(string text)
    {
        var hex = text.TrimStart('#');
        return hex.Length == 6 && int.TryParse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var v)
            ? new Rgb((byte)(v >> 16), (byte)(v >> 8), (byte)v) : null;
    }

    /// <summary>For theme values, which Theme.Load has already checked.</summary>
    public static Rgb Parse(string text) => TryParse(text) ?? Black;
}
