using System.Buffers.Binary;
using System.IO.Hashing;

namespace Briefings.Typesetting.Markdown;

/// <summary>
/// A PNG or JPEG file checked whole before it is laid out: its pixel size (layout needs the aspect ratio),
/// and that the file is complete and undamaged (every PNG chunk inside the file with its CRC right and an
/// IEND at the end; a JPEG frame header and an end-of-image marker). A truncated or corrupt image, or one
/// of absurd size, is an error at the Markdown line that references it, not a crash while painting.
/// </summary>
internal static class ImageCheck
{
    /// <summary>Pixels per side and in all: a 600 dpi A4 page is about 5,000 × 7,000.</summary>
    public const int MaxSide = 20_000, MaxPixels = 100_000_000;

    private static ReadOnlySpan<byte> PngSignature => [0x89, (byte)'P', (byte)'N', (byte)'G', 13, 10, 26, 10];

    public static ((int Width, int Height)? Size, string? Diagnostic) Read(byte[] b)
    {
        var (size, problem) =
            b.AsSpan().StartsWith(PngSignature) ? Png(b)
            : b.Length > 2 && b[0] == 0xFF && b[1] == 0xD8 ? Jpeg(b)
            : (null, "is not a PNG or JPEG file");
        if (size is not { } s) return (null, problem);
        if (s.Width < 1 || s.Height < 1 || s.Width > MaxSide || s.Height > MaxSide || (long)s.Width * s.Height > MaxPixels)
            return (null, string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"claims {s.Width} × {s.Height} pixels; images may be up to {MaxSide:N0} pixels a side and {MaxPixels / 1_000_000} million in all"));
        return (s, null);
    }

    private static ((int Width, int Height)?, string?) Png(byte[] b)
    {
        (int Width, int Height)? size = null;
        bool data = false;
        for (int at = 8; ; )
        {
            if (at + 12 > b.Length) return (null, "is a truncated PNG file (it ends before its IEND chunk); export it again");
            uint length = BinaryPrimitives.ReadUInt32BigEndian(b.AsSpan(at));
            if (length > b.Length - at - 12) return (null, "is a truncated or damaged PNG file (a chunk runs past its end); export it again");
            var type = b.AsSpan(at + 4, 4);
            var body = b.AsSpan(at + 8, (int)length);
            if (Crc32.HashToUInt32(b.AsSpan(at + 4, 4 + (int)length)) != BinaryPrimitives.ReadUInt32BigEndian(b.AsSpan(at + 8 + (int)length)))
                return (null, $"is a damaged PNG file (the checksum of its {System.Text.Encoding.ASCII.GetString(type)} chunk is wrong); export it again");
            if (size is null)
            {
                if (!type.SequenceEqual("IHDR"u8) || length != 13) return (null, "is a damaged PNG file (it does not start with an IHDR header)");
                size = ((int)Math.Min(int.MaxValue, BinaryPrimitives.ReadUInt32BigEndian(body)), (int)Math.Min(int.MaxValue, BinaryPrimitives.ReadUInt32BigEndian(body[4..])));
            }
            data |= type.SequenceEqual("IDAT"u8);
            if (type.SequenceEqual("IEND"u8))
                return data ? (size, null) : (null, "is a PNG file with no image data; export it again");
            at += 12 + (int)length;
        }
    }

    private static ((int Width, int Height)?, string?) Jpeg(byte[] b)
    {
        if (b.Length < 4 || b[^2] != 0xFF || b[^1] != 0xD9)
            return (null, "is a truncated JPEG file (it does not end with an end-of-image marker); export it again");
        for (int at = 2; at + 9 < b.Length; )
        {
            if (b[at] != 0xFF) return (null, "is a damaged JPEG file (a marker is missing); export it again");
            byte marker = b[at + 1];
            if (marker == 0xFF) { at++; continue; }
            int length = BinaryPrimitives.ReadUInt16BigEndian(b.AsSpan(at + 2));
            if (length < 2) return (null, "is a damaged JPEG file (a segment has no length); export it again");
            bool startOfFrame = marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC;
            if (startOfFrame)
                return ((BinaryPrimitives.ReadUInt16BigEndian(b.AsSpan(at + 7)), BinaryPrimitives.ReadUInt16BigEndian(b.AsSpan(at + 5))), null);
            if (marker == 0xDA) break;
            at += 2 + length;
        }
        return (null, "is a damaged JPEG file (it has no frame header before its image data); export it again");
    }
}
