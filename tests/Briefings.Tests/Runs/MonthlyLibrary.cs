using Briefings.Sources;

namespace Briefings.Tests.Runs;

/// <summary>The synthetic library under Fixtures/Monthly (see its README for which case falls in which month).</summary>
internal static class MonthlyLibrary
{
    public static string Folder => Path.Combine(TestPaths.Fixtures, "Monthly");

    public static SourceFileSet Files() => SourceFolder.Read(Folder);

    public static LoadResult Load(SourceFileSet? files = null) => LibraryLoader.Load(files ?? Files());

    /// <summary>The fixture's files with one more case file, as text (say, a broken one).</summary>
    public static SourceFileSet WithCase(string id, string yaml)
    {
        var files = Files();
        return files with { Cases = [.. files.Cases, new SourceText(PathText.Join(files.Root, "cases", id + ".yaml"), yaml)] };
    }
}
