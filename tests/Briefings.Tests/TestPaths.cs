namespace Briefings.Tests;

/// <summary>Where the repository and the test fixtures are, wherever the tests run from.</summary>
internal static class TestPaths
{
    public static string Fixtures => Path.Combine(AppContext.BaseDirectory, "Fixtures");

    public static string Repository
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "Briefings.sln"))) return dir.FullName;
            throw new InvalidOperationException("Briefings.sln not found above " + AppContext.BaseDirectory);
        }
    }

    public static string RepositorySources => Path.Combine(Repository, "sources");

    public static string RepositoryTemplates => Path.Combine(Repository, "templates");
}
