namespace Briefings.Tests;

/// <summary>Scratch copies of fixture and repository folders.</summary>
internal static class TestFolders
{
    /// <summary>Copies every file below <paramref name="from"/> to the same place below <paramref name="to"/>, replacing what is there.</summary>
    public static void Copy(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }
}
