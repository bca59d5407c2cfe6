using Briefings.Typesetting;

namespace Briefings.Sources;

/// <summary>
/// The text of one input file and the path to print for it. Reading from disk happens once, at the edge;
/// everything after works on these, so tests can feed text straight in. A file that could not be read
/// (not a regular file, too large, not UTF-8, permission denied) carries that as <paramref name="Unreadable"/>
/// and no text: it fails the cases that read it, and only those.
/// </summary>
public sealed record SourceText(string Path, string Text, Diagnostic? Unreadable = null)
{
    public static SourceText Failed(string path, Diagnostic unreadable) => new(path, "", unreadable);
}
