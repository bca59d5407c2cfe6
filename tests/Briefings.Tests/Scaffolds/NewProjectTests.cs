using Briefings.Cli;

namespace Briefings.Tests.Scaffolds;

/// <summary>`briefings new project`: a folder a new analyst can build from, written whole or not at all.</summary>
public sealed class NewProjectTests
{
    [Fact]
    public void A_new_project_holds_the_shipped_templates_registries_and_schemas_and_validates()
    {
        var root = Path.Combine(Directory.CreateTempSubdirectory("briefings-project-").FullName, "briefs");
        try
        {
            var result = Cli.Cli.Run("new", "project", root);
            Assert.Equal(ExitCodes.Ok, result.Exit);
            foreach (var file in Directory.EnumerateFiles(TestPaths.RepositoryTemplates, "*", SearchOption.AllDirectories))
                Assert.Equal(File.ReadAllBytes(file), File.ReadAllBytes(Path.Combine(root, "templates", Path.GetRelativePath(TestPaths.RepositoryTemplates, file))));
            foreach (var registry in new[] { "platforms.yaml", "actors.yaml" })
                Assert.Equal(File.ReadAllBytes(Path.Combine(TestPaths.RepositorySources, registry)), File.ReadAllBytes(Path.Combine(root, "sources", registry)));
            foreach (var schema in Directory.EnumerateFiles(Path.Combine(TestPaths.Repository, "schemas")))
                Assert.Equal(File.ReadAllBytes(schema), File.ReadAllBytes(Path.Combine(root, "schemas", Path.GetFileName(schema))));
            Assert.Empty(Directory.EnumerateFileSystemEntries(Path.Combine(root, "sources", "documents")));
            Assert.Empty(Directory.EnumerateFileSystemEntries(Path.Combine(root, "sources", "cases")));

            var validate = Cli.Cli.Run("validate", "--sources", Path.Combine(root, "sources"), "--templates", Path.Combine(root, "templates"));
            Assert.Equal(ExitCodes.Ok, validate.Exit);
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(root)!, recursive: true);
        }
    }

    [Fact]
    public void A_folder_holding_any_of_its_files_is_refused_and_left_as_it_was()
    {
        var root = Directory.CreateTempSubdirectory("briefings-project-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(root, "templates"));
            File.WriteAllText(Path.Combine(root, "templates", "theme.yaml"), "body_size: 11\n");
            var result = Cli.Cli.Run("new", "project", root);
            Assert.Equal(ExitCodes.InvalidInput, result.Exit);
            Assert.Contains("theme.yaml: cannot write: it already exists; `new project` never overwrites", result.Error);
            Assert.Equal(["templates/theme.yaml"], Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(root, f)));
            Assert.Equal("body_size: 11\n", File.ReadAllText(Path.Combine(root, "templates", "theme.yaml")));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
