using Briefings.Cli;
using Briefings.Sources.Scaffolds;
using Briefings.Tests.Schemas;

namespace Briefings.Tests.Scaffolds;

/// <summary>
/// `briefings new document|case`: a commented skeleton in the right folder that validate accepts with a
/// placeholder warning per value to fill in, that build refuses until they are filled in, and that never
/// replaces anything already there.
/// </summary>
public class NewCommandTests
{
    private static readonly string Templates = TestPaths.RepositoryTemplates;

    private static Cli.Cli.Result Validate(ScratchSources library) => Cli.Cli.Run("validate", "--sources", library.Root, "--templates", Templates);

    private static IReadOnlyList<string> Lines(string output, string code) =>
        output.Split('\n').Where(l => l.Contains($" {code}: ", StringComparison.Ordinal)).ToList();

    [Fact]
    public void New_document_writes_a_commented_skeleton_that_validates_with_placeholder_warnings()
    {
        using var library = new ScratchSources();
        var result = Cli.Cli.Run("new", "document", "test-report", "--sources", library.Root,
            "--title", "Islamic State: a network of its own", "--publisher", "Example News", "--url", "https://example.org/a", "--published", "2015-03-10");
        Assert.Equal(ExitCodes.Ok, result.Exit);
        var path = library.PathOf("documents/test-report.yaml");
        var text = File.ReadAllText(path);
        Assert.StartsWith("# yaml-language-server: $schema=../../schemas/document.schema.json\n", text);
        Assert.Contains("\nid: test-report\n", text);
        Assert.Contains("\ntitle: \"Islamic State: a network of its own\"\n", text);
        Assert.Contains("\npublisher: \"Example News\"\n", text);
        Assert.Contains("\nurl: \"https://example.org/a\"\n", text);
        Assert.Contains("\npublished: 2015-03-10\n", text);
        Assert.Contains("# The source's own title, as published.\n", text);
        Assert.Contains("# claims:\n#   # Kebab-case id, unique within the document (claims and events share one set of ids).\n#   - id: built-with-socialkit\n", text);
        Assert.Contains("#     # What was done: announced-ban, banned, suspended-accounts, launched, went-offline, came-back,\n#     # migrated, lost-hosting or blocked.\n#     action: went-offline\n", text);

        var validate = Validate(library);
        Assert.Equal(ExitCodes.Ok, validate.Exit);
        Assert.Empty(Lines(validate.Output, "error"));
        var warnings = Lines(validate.Output, "placeholder");
        // author, kind, language, reliability grade and reason, summary: what the command line did not give.
        Assert.Equal(6, warnings.Count);
        Assert.Contains($"{library.Root}/documents/test-report.yaml:25:7: warning placeholder: 'kind' in document is still the placeholder <fill in>. " +
                        "What sort of source: news-report, analysis, research, platform-statement, government-statement, official-record or other. " +
                        "Example: `kind: news-report`", warnings);
        Assert.Contains("valid: ", validate.Output);
    }

    [Fact]
    public void New_case_writes_a_skeleton_validate_accepts_and_build_refuses_until_it_is_filled_in()
    {
        using var library = new ScratchSources();
        Assert.Equal(ExitCodes.Ok, Cli.Cli.Run("new", "document", "test-report", "--sources", library.Root, "--title", "A report",
            "--publisher", "Example News", "--published", "2015-03-10").Exit);
        var result = Cli.Cli.Run("new", "case", "test-case", "--sources", library.Root);
        Assert.Equal(ExitCodes.Ok, result.Exit);
        Assert.Contains($"wrote {library.Root}/cases/test-case.yaml", result.Error);
        var casePath = library.PathOf("cases/test-case.yaml");
        Assert.StartsWith("# yaml-language-server: $schema=../../schemas/case.schema.json\n", File.ReadAllText(casePath));

        var validate = Validate(library);
        Assert.Equal(ExitCodes.Ok, validate.Exit);
        Assert.Empty(Lines(validate.Output, "error"));
        Assert.Equal(14 + 6, Lines(validate.Output, "placeholder").Count);
        Assert.Contains($"{library.Root}/cases/test-case.yaml:80:17: warning placeholder: 'likelihood' in judgment is still the placeholder <fill in>.",
            validate.Output);

        // Never built from placeholders: the judgment's likelihood would print as a default nobody chose.
        var output = Path.Combine(library.Root, "out.pdf");
        var refused = Cli.Cli.Run("build", "test-case", "--sources", library.Root, "--templates", Templates, "-o", output);
        Assert.Equal(ExitCodes.InvalidInput, refused.Exit);
        Assert.Contains($"{library.Root}/cases/test-case.yaml:12:8: error unfilled-placeholder: case 'test-case' still has 14 placeholders", refused.Error);
        Assert.False(File.Exists(output));

        Fill(casePath, "A network of its own, gone within days", "Where did activity go after the bans?", "2015-03", "OFFICIAL", "2015-04-01",
            "test-report", "The site did not last.", "kj-did-not-last", "kj-did-not-last", "The site did not give its users a lasting home.",
            "likely", "low", "One report, which names its sources.", "test-report");
        // The case is filled in; a document it cites is not.
        var stillRefused = Cli.Cli.Run("build", "test-case", "--sources", library.Root, "--templates", Templates, "-o", output);
        Assert.Equal(ExitCodes.InvalidInput, stillRefused.Exit);
        Assert.Contains($"{library.Root}/documents/test-report.yaml:18:9: error unfilled-placeholder: document 'test-report', which the case cites, still has 6 placeholders",
            stillRefused.Error);
        Assert.DoesNotContain("test-case.yaml", stillRefused.Error);
        Assert.False(File.Exists(output));

        Fill(library.PathOf("documents/test-report.yaml"), "A. Writer", "news-report", "en", "C", "An established outlet; names its sources.",
            "The report says the site went offline within days.");

        var clean = Validate(library);
        Assert.Equal(ExitCodes.Ok, clean.Exit);
        Assert.DoesNotContain(" warning ", clean.Output);
        Assert.DoesNotContain(" error ", clean.Output);
        // What the analyst filled in also passes the schema an editor checks it against.
        Assert.Empty(SchemaCheck.Errors("case.schema.json", File.ReadAllText(casePath)));
        Assert.Empty(SchemaCheck.Errors("document.schema.json", File.ReadAllText(library.PathOf("documents/test-report.yaml"))));

        var built = Cli.Cli.Run("build", "test-case", "--sources", library.Root, "--templates", Templates, "-o", output);
        Assert.Equal(ExitCodes.Ok, built.Exit);
        Assert.True(File.Exists(output));
    }

    /// <summary>Replaces the file's placeholders (not the ones comments mention), in order, with <paramref name="values"/>: one each.</summary>
    private static void Fill(string path, params string[] values)
    {
        var next = 0;
        var lines = File.ReadAllLines(path).Select(line =>
            line.TrimStart().StartsWith('#') || !line.Contains(Scaffold.FillIn) ? line : line.Replace(Scaffold.FillIn, values[next++]));
        File.WriteAllText(path, string.Join('\n', lines) + "\n");
        Assert.Equal(values.Length, next);
    }

    [Fact]
    public void New_never_overwrites_an_existing_file()
    {
        using var library = new ScratchSources();
        library.Write("cases/taken.yaml", "id: taken\n");
        var result = Cli.Cli.Run("new", "case", "taken", "--sources", library.Root);
        Assert.Equal(ExitCodes.InvalidInput, result.Exit);
        Assert.Contains($"{library.Root}/cases/taken.yaml: cannot write: it already exists, and a new file never replaces one", result.Error);
        Assert.Equal("id: taken\n", File.ReadAllText(library.PathOf("cases/taken.yaml")));
        Assert.Single(Directory.GetFiles(library.PathOf("cases")));
    }

    [Fact]
    public void New_refuses_a_folder_or_a_link_where_the_file_would_go()
    {
        using var library = new ScratchSources();
        Directory.CreateDirectory(library.PathOf("documents/a-folder.yaml"));
        var folder = Cli.Cli.Run("new", "document", "a-folder", "--sources", library.Root);
        Assert.Equal(ExitCodes.InvalidInput, folder.Exit);
        Assert.Contains("cannot write: it is a folder", folder.Error);
        Assert.Empty(Directory.GetFileSystemEntries(library.PathOf("documents/a-folder.yaml")));

        File.CreateSymbolicLink(library.PathOf("documents/a-link.yaml"), library.PathOf("elsewhere.yaml"));
        var link = Cli.Cli.Run("new", "document", "a-link", "--sources", library.Root);
        Assert.Equal(ExitCodes.InvalidInput, link.Exit);
        Assert.Contains("cannot write: it is a symbolic link", link.Error);
        Assert.False(File.Exists(library.PathOf("elsewhere.yaml")));
    }

    [Theory]
    [InlineData("document", "My Report", "my-report")]
    [InlineData("case", "Parler_2021", "parler-2021")]
    [InlineData("case", "../escape", "escape")]
    public void A_bad_id_is_a_usage_error_that_says_what_to_write(string kind, string id, string suggestion)
    {
        using var library = new ScratchSources();
        var result = Cli.Cli.Run("new", kind, id, "--sources", library.Root);
        Assert.Equal(ExitCodes.Usage, result.Exit);
        Assert.Contains($"'{id}' is not a valid id; use lower-case letters and digits joined by single hyphens, e.g. `{suggestion}`", result.Error);
        Assert.False(Directory.Exists(library.PathOf(kind == "case" ? "cases" : "documents")));
    }

    [Fact]
    public void A_bad_published_date_is_a_usage_error()
    {
        using var library = new ScratchSources();
        var result = Cli.Cli.Run("new", "document", "a-report", "--published", "10 March 2015", "--sources", library.Root);
        Assert.Equal(ExitCodes.Usage, result.Exit);
        Assert.Contains("--published '10 March 2015' is not a date", result.Error);
    }

    [Fact]
    public void A_missing_sources_folder_is_a_usage_error()
    {
        var result = Cli.Cli.Run("new", "case", "a-case", "--sources", Path.Combine(Path.GetTempPath(), $"missing-{Guid.NewGuid():N}"));
        Assert.Equal(ExitCodes.Usage, result.Exit);
        Assert.Contains("--sources folder", result.Error);
    }
}
