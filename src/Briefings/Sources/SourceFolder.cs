namespace Briefings.Sources;

/// <summary>
/// The only place that reads sources from disk: the folder's files, in a fixed (ordinal) order so
/// every run sees them the same way, whatever the file system returns.
/// </summary>
public static class SourceFolder
{
    public static SourceFileSet Read(string root)
    {
        SourceText? Optional(string name)
        {
            var path = Path.Combine(root, name);
            return File.Exists(path) ? new SourceText(PathText.Join(root, name), File.ReadAllText(path)) : null;
        }

        IReadOnlyList<SourceText> All(string folder)
        {
            var path = Path.Combine(root, folder);
            if (!Directory.Exists(path)) return [];
            return Directory.EnumerateFiles(path, "*.yaml")
                .Select(Path.GetFileName)
                .OfType<string>()
                .Order(StringComparer.Ordinal)
                .Select(name => new SourceText(PathText.Join(root, folder, name), File.ReadAllText(Path.Combine(path, name))))
                .ToList();
        }

        return new SourceFileSet(root, Optional("platforms.yaml"), Optional("actors.yaml"), All("documents"), All("cases"));
    }
}
