using System.Security.Cryptography;
using System.Text;

namespace Briefings.Runs;

/// <summary>
/// A SHA-256 over named inputs. Each part is written as its name, its length and its text, so two
/// different sets of inputs cannot run together into the same bytes. Names are roles ("case",
/// "document:x", "template:timeline"), never folder paths, so a run from another working folder still
/// finds its outputs up to date.
/// </summary>
public static class InputHash
{
    public const string Prefix = "sha256:";

    public static string Of(IEnumerable<(string Name, string Text)> parts)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var (name, text) in parts)
        {
            var bytes = Encoding.UTF8.GetBytes(text);
            hash.AppendData(Encoding.UTF8.GetBytes($"{name}\n{bytes.Length}\n"));
            hash.AppendData(bytes);
        }
        return Prefix + Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>The hash of an output file's bytes, as the manifest records it.</summary>
    public static string OfBytes(ReadOnlySpan<byte> bytes) => Prefix + Convert.ToHexStringLower(SHA256.HashData(bytes));
}
