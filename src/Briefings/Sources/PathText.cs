namespace Briefings.Sources;

/// <summary>Paths as printed in messages: forward slashes on every system, so output is the same everywhere.</summary>
public static class PathText
{
    public static string Join(params string[] parts) =>
        string.Join('/', parts.Where(p => p.Length > 0).Select((p, i) => i == 0 ? p.Replace('\\', '/').TrimEnd('/') : p.Replace('\\', '/').Trim('/')));

    /// <summary>"sources/documents/x.yaml" → "x": the id a file's name promises.</summary>
    public static string Stem(string path) => Path.GetFileNameWithoutExtension(path.Replace('\\', '/').Split('/')[^1]);
}
