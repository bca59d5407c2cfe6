using Briefings.Sources;

namespace Briefings.Tests;

/// <summary>
/// The synthetic library under Fixtures/Library, optionally with some files replaced by the broken
/// versions in Fixtures/Invalid/&lt;name&gt;/. Paths are printed as "sources/…", as the CLI would.
/// </summary>
internal static class FixtureLibrary
{
    public static SourceFileSet Files(string? overlay = null)
    {
        var baseDir = Path.Combine(TestPaths.Fixtures, "Library");
        var overlayDir = overlay is null ? null : Path.Combine(TestPaths.Fixtures, "Invalid", overlay);
        if (overlayDir is not null && !Directory.Exists(overlayDir)) throw new ArgumentException($"no fixture {overlay}");

        SourceText Text(string relative)
        {
            var replaced = overlayDir is null ? null : Path.Combine(overlayDir, relative);
            var path = replaced is not null && File.Exists(replaced) ? replaced : Path.Combine(baseDir, relative);
            return new SourceText("sources/" + relative, File.ReadAllText(path));
        }

        IReadOnlyList<SourceText> All(string folder) =>
            Directory.EnumerateFiles(Path.Combine(baseDir, folder), "*.yaml")
                .Select(p => folder + "/" + Path.GetFileName(p))
                .Order(StringComparer.Ordinal)
                .Select(Text)
                .ToList();

        return new SourceFileSet("sources", Text("platforms.yaml"), Text("actors.yaml"), All("documents"), All("cases"));
    }

    public static LoadResult Load(string? overlay = null) => LibraryLoader.Load(Files(overlay));
}
