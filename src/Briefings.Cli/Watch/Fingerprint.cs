using System.Security.Cryptography;
using Briefings.Typesetting.Files;

namespace Briefings.Cli.Watch;

/// <summary>
/// The bytes of every file that decides an output, as hashes: two fingerprints differ exactly when a
/// rebuild could print something else, whatever the file system's events said.
/// </summary>
internal sealed class Fingerprint
{
    private readonly SortedDictionary<string, string> _files;

    private Fingerprint(SortedDictionary<string, string> files) => _files = files;

    public static Fingerprint Of(IEnumerable<string> files)
    {
        var hashes = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in files) hashes[Path.GetFullPath(file)] = Hash(file);
        return new Fingerprint(hashes);
    }

    /// <summary>This fingerprint with <paramref name="files"/> it does not hold yet added, hashed now.</summary>
    public Fingerprint Including(IEnumerable<string> files)
    {
        var hashes = new SortedDictionary<string, string>(_files, StringComparer.Ordinal);
        foreach (var file in files) hashes.TryAdd(Path.GetFullPath(file), Hash(file));
        return new Fingerprint(hashes);
    }

    /// <summary>Files added, removed or changed since <paramref name="earlier"/>, in path order.</summary>
    public IReadOnlyList<string> ChangedSince(Fingerprint earlier) =>
        _files.Keys.Union(earlier._files.Keys)
            .Where(path => _files.GetValueOrDefault(path) != earlier._files.GetValueOrDefault(path))
            .Order(StringComparer.Ordinal)
            .ToList();

    // Read through the one input reader, so a FIFO or a device dropped into a watched folder is a
    // changed file to report at the rebuild, never a read that hangs the watch.
    private static string Hash(string file)
    {
        try
        {
            return Convert.ToHexString(SHA256.HashData(InputFile.ReadBytes(file, InputFile.ImageLimit)));
        }
        catch (InputFileException e)
        {
            return "unreadable: " + e.Message;
        }
    }
}
