namespace Briefings.Tests.Runs;

/// <summary>
/// A scratch copy of the synthetic monthly library with an output folder beside it, deleted on dispose.
/// Runs `briefings monthly` in process against it with a copy of the repository's templates.
/// </summary>
internal sealed class MonthlyScratch : IDisposable
{
    public MonthlyScratch()
    {
        Root = Path.Combine(Path.GetTempPath(), $"briefings-monthly-{Guid.NewGuid():N}");
        Copy(MonthlyLibrary.Folder, Sources, "*.yaml");
        // A snapshot of the repository's templates, so that runs compared within one test see the same ones
        // even while someone edits templates/ in the working tree.
        Copy(TestPaths.RepositoryTemplates, Templates, "*");
    }

    private static void Copy(string from, string to, string pattern)
    {
        foreach (var file in Directory.EnumerateFiles(from, pattern, SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public string Root { get; }

    public string Sources => Path.Combine(Root, "sources");

    public string Templates => Path.Combine(Root, "templates");

    public string Out => Path.Combine(Root, "out");

    public string OutFile(string name) => Path.Combine(Out, name);

    /// <summary>`briefings monthly ARGS` (or `monthly merge ARGS`) on this library, into <see cref="Out"/>.</summary>
    public Cli.Cli.Result Monthly(params string[] args) => MonthlyInto(Out, args);

    public Cli.Cli.Result MonthlyInto(string output, params string[] args) =>
        Cli.Cli.Run(["monthly", .. args, "--sources", Sources, "--templates", Templates, "--out", output]);

    public string Manifest(string? folder = null) => File.ReadAllText(Path.Combine(folder ?? Out, "manifest.json"));

    public void WriteCase(string id, string yaml) => File.WriteAllText(Path.Combine(Sources, "cases", id + ".yaml"), yaml);

    public string ReadCase(string id) => File.ReadAllText(Path.Combine(Sources, "cases", id + ".yaml"));

    /// <summary>Every file under the output folder with its bytes, by relative path; the runs' empty lock files aside.</summary>
    public IReadOnlyDictionary<string, byte[]> Snapshot(string? folder = null)
    {
        var root = folder ?? Out;
        return Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Where(f => !(Path.GetFileName(f).StartsWith(".briefings", StringComparison.Ordinal) && f.EndsWith(".lock", StringComparison.Ordinal)))
            .ToDictionary(f => Path.GetRelativePath(root, f).Replace('\\', '/'), File.ReadAllBytes);
    }

    public void Dispose()
    {
        if (Directory.Exists(Root)) Directory.Delete(Root, recursive: true);
    }
}
