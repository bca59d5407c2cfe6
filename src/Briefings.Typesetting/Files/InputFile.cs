using System.Text;

namespace Briefings.Typesetting.Files;

/// <summary>
/// Reads a file a user named, bounded: regular files only (a FIFO would hang the run, a device such as
/// /dev/zero would fill memory), at most a documented size, and text as strict UTF-8 so that a damaged
/// byte is an error at its line and column rather than a silent U+FFFD in a policymaker's brief.
/// Every refusal is an <see cref="InputFileException"/> that says what to do; nothing else escapes.
/// </summary>
public static class InputFile
{
    /// <summary>Sources, templates, themes and Markdown: far above any real file, far below what hurts.</summary>
    public const long TextLimit = 4 * 1024 * 1024;

    /// <summary>One image: a full-page photograph at print resolution fits many times over.</summary>
    public const long ImageLimit = 32 * 1024 * 1024;

    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static byte[] ReadBytes(string path, long limit)
    {
        var kind = KindOf(path);
        if (kind != FileKind.Regular)
            throw new InputFileException(kind == FileKind.Missing
                ? "cannot be read: it does not exist (or is a link to nothing)"
                : $"cannot be read: it is {kind.Describe()}, and only regular files are read");
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
            if (stream.Length > limit) throw TooLarge(stream.Length, limit);
            // Read at most one byte past the limit: a file that grows while it is read cannot run away.
            var buffer = new byte[Math.Min(stream.Length, limit) + 1];
            int total = 0, read;
            while (total < buffer.Length && (read = stream.Read(buffer, total, buffer.Length - total)) > 0) total += read;
            if (total > limit) throw TooLarge(total, limit);
            return buffer[..total];
        }
        catch (UnauthorizedAccessException)
        {
            throw new InputFileException("cannot be read: permission denied; check the file's owner and mode");
        }
        catch (IOException e) when (e is not InputFileException)
        {
            throw new InputFileException($"cannot be read: {e.Message}");
        }
    }

    /// <summary>The file as text; a byte-order mark is dropped, invalid UTF-8 is an error at its line and column.</summary>
    public static string ReadText(string path, long limit = TextLimit) => Decode(ReadBytes(path, limit));

    public static string Decode(byte[] bytes)
    {
        var start = bytes.AsSpan().StartsWith("\uFEFF"u8) ? 3 : 0;
        try
        {
            return Strict.GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException e)
        {
            var at = start + Math.Max(0, e.Index);
            // Position of the bad byte: count lines, and characters (not bytes) on its line.
            var before = bytes.AsSpan(start, at - start);
            int line = before.Count((byte)'\n') + 1;
            var lineStart = before.LastIndexOf((byte)'\n') + 1;
            int column = Strict.GetCharCount(before[lineStart..]) + 1;
            throw new InputFileException($"is not valid UTF-8 (byte 0x{bytes[at]:X2}); save the file as UTF-8", line, column);
        }
    }

    private static FileKind KindOf(string path)
    {
        var kind = FileKinds.Of(path);
        if (kind != FileKind.Missing || FileKinds.Of(path, followLinks: false) != FileKind.SymbolicLink) return kind;
        try
        {
            File.ResolveLinkTarget(path, returnFinalTarget: true);
        }
        catch (IOException)
        {
            throw new InputFileException("cannot be read: it is a symbolic link that loops back on itself");
        }
        throw new InputFileException("cannot be read: it is a symbolic link to something that does not exist");
    }

    private static InputFileException TooLarge(long size, long limit) =>
        new(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"is {size:N0} bytes; files over {limit / (1024 * 1024)} MiB are not read"));
}
