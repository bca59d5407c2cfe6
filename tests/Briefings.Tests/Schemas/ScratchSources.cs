namespace Briefings.Tests.Schemas;

/// <summary>A temporary sources folder with the repository's registries and whatever files a test writes; deleted on dispose.</summary>
internal sealed class ScratchSources : IDisposable
{
    public ScratchSources()
    {
        Root = Path.Combine(Path.GetTempPath(), $"briefings-sources-{Guid.NewGuid():N}");
        Directory.CreateDirectory(Root);
        foreach (var registry in new[] { "platforms.yaml", "actors.yaml" })
            File.Copy(Path.Combine(TestPaths.RepositorySources, registry), Path.Combine(Root, registry));
    }

    public string Root { get; }

    public string PathOf(string relative) => Path.Combine(Root, relative);

    public void Write(string relative, string text)
    {
        var path = PathOf(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
