using System.Buffers.Binary;

namespace Briefings.Typesetting.Markdown;

/// <summary>Pixel size from a PNG or JPEG header: layout needs the aspect ratio before anything is drawn.</summary>
internal static class ImageSize
{
    public static (int Width, int Height)? Read(byte[] b)
    {
        if (b.Length > 24 && b[0] == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G')
            return ((int)BinaryPrimitives.ReadUInt32BigEndian(b.AsSpan(16)), (int)BinaryPrimitives.ReadUInt32BigEndian(b.AsSpan(20)));
        if (b.Length > 4 && b[0] == 0xFF && b[1] == 0xD8)
        {
            int at = 2;
            while (at + 9 < b.Length)
            {
                if (b[at] != 0xFF) return null;
                byte marker = b[at + 1];
                int length = BinaryPrimitives.ReadUInt16BigEndian(b.AsSpan(at + 2));
                bool startOfFrame = marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC;
                if (startOfFrame)
                    return (BinaryPrimitives.ReadUInt16BigEndian(b.AsSpan(at + 7)), BinaryPrimitives.ReadUInt16BigEndian(b.AsSpan(at + 5)));
                at += 2 + length;
            }
        }
        return null;
    }
}
