using System.Text.Json;
using Briefings.Cli;

namespace Briefings.Tests.Cli;

public class CommandTests
{
    private static readonly string Templates = TestPaths.RepositoryTemplates;

    [Fact]
    public void Validate_passes_the_repository()
    {
        var result = Cli.Run("validate", "--sources", TestPaths.RepositorySources, "--templates", Templates);
        Assert.Equal(ExitCodes.Ok, result.Exit);
        // Only the shape of the summary: other cases are added to the repository over time.
        Assert.Matches(@"valid: \d+ documents, \d+ cases?, \d+ platforms, \d+ actors, \d+ templates", result.Output);
    }

    [Fact]
    public void Validate_reports_every_problem_as_file_line_column_and_exits_1()
    {
        using var library = new Cli.ScratchLibrary("many-files");
        var result = Cli.Run("validate", "--sources", library.Root, "--templates", Templates);
        Assert.Equal(ExitCodes.InvalidInput, result.Exit);
        var lines = result.Output.Split('\n').Where(l => l.StartsWith(library.Root, StringComparison.Ordinal)).ToList();
        Assert.Equal(5, lines.Count);
        Assert.Equal($"{library.Root}/cases/sample-case.yaml:8:1: error unknown-field: unknown field 'markings' in case; did you mean 'marking'?", lines[0]);
        Assert.Contains("invalid: 5 errors, 0 warnings", result.Output);
    }

    [Fact]
    public void Validate_speaks_json_for_machines()
    {
        using var library = new Cli.ScratchLibrary("bad-date");
        var result = Cli.Run("validate", "--sources", library.Root, "--templates", Templates, "--format", "json");
        Assert.Equal(ExitCodes.InvalidInput, result.Exit);
        using var json = JsonDocument.Parse(result.Output);
        Assert.False(json.RootElement.GetProperty("ok").GetBoolean());
        Assert.Equal(1, json.RootElement.GetProperty("errors").GetInt32());
        var problem = json.RootElement.GetProperty("problems")[0];
        Assert.Equal($"{library.Root}/documents/report-one.yaml", problem.GetProperty("file").GetString());
        Assert.Equal(6, problem.GetProperty("line").GetInt32());
        Assert.Equal(12, problem.GetProperty("column").GetInt32());
        Assert.Equal("error", problem.GetProperty("severity").GetString());
        Assert.Equal("bad-date", problem.GetProperty("code").GetString());
    }

    [Fact]
    public void Validate_checks_templates_too()
    {
        var templates = Path.Combine(Path.GetTempPath(), $"briefings-templates-{Guid.NewGuid():N}");
        Directory.CreateDirectory(templates);
        try
        {
            File.WriteAllText(Path.Combine(templates, "displacement-brief.sbn-md"), "# {{ model.case.titel }}\n");
            var result = Cli.Run("validate", "--sources", TestPaths.RepositorySources, "--templates", templates);
            Assert.Equal(ExitCodes.InvalidInput, result.Exit);
            Assert.Contains($"{templates}/displacement-brief.sbn-md:1:17: error unknown-template-field: unknown field 'titel' on case; did you mean 'title'?", result.Output);
        }
        finally
        {
            Directory.Delete(templates, recursive: true);
        }
    }

    [Fact]
    public void A_missing_sources_folder_is_a_usage_error()
    {
        var result = Cli.Run("validate", "--sources", "/no/such/folder");
        Assert.Equal(ExitCodes.Usage, result.Exit);
        Assert.Contains("--sources folder '/no/such/folder' not found", result.Error);
    }

    [Fact]
    public void List_shows_the_cases()
    {
        var result = Cli.Run("list", "--sources", TestPaths.RepositorySources);
        Assert.Equal(ExitCodes.Ok, result.Exit);
        Assert.Contains("caliphate-book-2015", result.Output);
        Assert.Contains("itproportal-caliphate-book-offline", result.Output);
    }

    [Fact]
    public void Build_refuses_invalid_data_and_writes_nothing()
    {
        using var library = new Cli.ScratchLibrary("dangling-claim");
        var output = Path.Combine(library.Root, "out", "brief.pdf");
        var result = Cli.Run("build", "sample-case", "--sources", library.Root, "--templates", Templates, "-o", output);
        Assert.Equal(ExitCodes.InvalidInput, result.Exit);
        Assert.Contains("cases/sample-case.yaml:25:16: error dangling-reference:", result.Error);
        Assert.Contains("build refused: 1 error, 0 warnings", result.Error);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public void Build_names_the_nearest_case_when_the_id_is_wrong()
    {
        var result = Cli.Run("build", "caliphate-book-2016", "--sources", TestPaths.RepositorySources, "--templates", Templates);
        Assert.Equal(ExitCodes.Usage, result.Exit);
        Assert.Contains("no case 'caliphate-book-2016'; did you mean 'caliphate-book-2015'?", result.Error);
    }

    [Fact]
    public void A_missing_case_id_is_a_usage_error() => Assert.Equal(ExitCodes.Usage, Cli.Run("build").Exit);

    [Fact]
    public void An_unsupported_locale_is_a_usage_error() =>
        Assert.Equal(ExitCodes.Usage, Cli.Run("build", "caliphate-book-2015", "--locale", "fr-FR").Exit);
}
