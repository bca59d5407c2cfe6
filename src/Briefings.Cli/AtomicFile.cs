using Briefings.Typesetting.Files;

namespace Briefings.Cli;

/// <summary>
/// Writes a file so that readers only ever see the old content or the complete new content: a kill,
/// crash or full disk mid-write leaves at most a stray temp file, never a partial output under its final
/// name, and never removes the good file that was there. Only regular files are written: a folder, a
/// device (/dev/null, /dev/full), a FIFO or a socket is refused, never replaced (renaming over
/// /dev/null as root would swap the device for a PDF). A symbolic link is written through: its final
/// target is replaced, the link stays.
/// </summary>
internal static class AtomicFile
{
    /// <summary>Stands for standard output wherever a file to write is named.</summary>
    public const string StandardOutput = "-";

    public static void WriteAllBytes(string path, ReadOnlySpan<byte> bytes) => Write(path, Target(path), bytes, replace: true);

    /// <summary>
    /// Writes a file that must not exist yet (a scaffold): anything already at <paramref name="path"/> — a file, a
    /// link, a folder, a device — is refused and left as it was, and the final rename fails rather than replace a
    /// file that appeared meanwhile.
    /// </summary>
    public static void WriteNew(string path, ReadOnlySpan<byte> bytes)
    {
        if (path.Length == 0) throw new OutputException(path, "no file named");
        var full = Path.GetFullPath(path);
        var kind = FileKinds.Of(full, followLinks: false);
        if (kind != FileKind.Missing)
            throw new OutputException(path, kind == FileKind.Regular
                ? "it already exists, and a new file never replaces one; edit it, or choose another id"
                : $"it is {kind.Describe()}, and a new file never replaces anything; choose another id or move it away");
        Write(path, full, bytes, replace: false);
    }

    private static void Write(string path, string full, ReadOnlySpan<byte> bytes, bool replace)
    {
        var folder = Path.GetDirectoryName(full)!;
        string? temp = null;
        try
        {
            Directory.CreateDirectory(folder);
            // A short fixed-length name: the target's own name may already be near the 255-byte limit.
            temp = Path.Combine(folder, $".briefings-{Guid.NewGuid():N}.tmp");
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                stream.Write(bytes);
                stream.Flush(flushToDisk: true);
            }
            File.Move(temp, full, overwrite: replace);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            if (temp is not null) TryDelete(temp);
            throw new OutputException(path, e is UnauthorizedAccessException
                ? "permission denied; check that the folder is writable"
                : e.Message.Split(" : '")[0].TrimEnd('.'));
        }
    }

    /// <summary>The regular file a write to <paramref name="path"/> replaces: the path itself, or the final target of a link.</summary>
    private static string Target(string path)
    {
        if (path.Length == 0) throw new OutputException(path, "no file named");
        var full = Path.GetFullPath(path);
        if (FileKinds.Of(full, followLinks: false) == FileKind.SymbolicLink)
        {
            try
            {
                full = File.ResolveLinkTarget(full, returnFinalTarget: true)?.FullName ?? full;
            }
            catch (IOException)
            {
                throw new OutputException(path, "is a symbolic link that loops back on itself");
            }
        }
        var kind = FileKinds.Of(full);
        if (kind is not (FileKind.Missing or FileKind.Regular))
            throw new OutputException(path, $"is {kind.Describe()}; name a regular file to write (or - for standard output)");
        return full;
    }

    private static void TryDelete(string temp)
    {
        try
        {
            File.Delete(temp);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Left behind: a hidden .tmp file the next run ignores; the error being reported matters more.
        }
    }
}
