namespace Briefings.Tests.Cli;

public class ValidateDigestTests
{
    [Fact]
    public void Validate_checks_the_monthly_digest_template_too()
    {
        var templates = Directory.CreateTempSubdirectory("briefings-templates-").FullName;
        foreach (var file in Directory.GetFiles(TestPaths.RepositoryTemplates, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(templates, Path.GetRelativePath(TestPaths.RepositoryTemplates, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        File.AppendAllText(Path.Combine(templates, "monthly-digest.sbn-md"), "\n{{ no_such_helper month }}\n");

        var result = Cli.Run("validate", "--sources", TestPaths.RepositorySources, "--templates", templates);

        Assert.Equal(1, result.Exit);
        Assert.Contains("monthly-digest.sbn-md:", result.Output);
        Assert.Contains("no_such_helper", result.Output);
    }

    [Fact]
    public void The_repository_digest_template_is_valid()
    {
        var result = Cli.Run("validate", "--sources", TestPaths.RepositorySources, "--templates", TestPaths.RepositoryTemplates);
        Assert.Equal(0, result.Exit);
    }
}
