using Briefings.Sources;
using Briefings.Sources.Schemas;
using Briefings.Tests.Cli;

namespace Briefings.Tests.Schemas;

/// <summary>
/// The JSON Schemas under schemas/ are the readers' own field definitions written out: they are up to date,
/// every shipped source file and the theme name theirs and pass it, and what `validate` refuses (a misspelt
/// field, a missing one, a word outside the vocabulary) the schema flags too.
/// </summary>
public class SchemaTests
{
    private const string UpdateVariable = "BRIEFINGS_UPDATE_SCHEMAS";

    [Fact]
    public void Checked_in_schemas_are_the_ones_the_field_definitions_give()
    {
        var stale = new List<string>();
        foreach (var schema in SourceSchemas.All())
        {
            var path = Path.Combine(SchemaCheck.Folder, schema.Name);
            if (Environment.GetEnvironmentVariable(UpdateVariable) == "1") File.WriteAllText(path, schema.Text());
            if (!File.Exists(path) || File.ReadAllText(path) != schema.Text()) stale.Add(schema.Name);
        }
        Assert.True(stale.Count == 0,
            $"schemas/ differs from the readers' field definitions for {string.Join(", ", stale)}; " +
            $"regenerate with `briefings schemas` or {UpdateVariable}=1 dotnet test --filter SchemaTests, then review `git diff schemas`");
        Assert.Equal(SchemaCheck.SchemaNames.Order(), Directory.GetFiles(SchemaCheck.Folder).Select(Path.GetFileName).Order()!);
    }

    [Fact]
    public void Generating_twice_gives_the_same_bytes()
    {
        Assert.Equal(SourceSchemas.All().Select(s => s.Text()), SourceSchemas.All().Select(s => s.Text()));
    }

    [Fact]
    public void The_schemas_use_only_keywords_that_mean_the_same_in_draft_07()
    {
        // The YAML language server applies draft-07 rules whatever a schema declares (docs/schema.md).
        string[] allowed = ["$schema", "title", "description", "type", "properties", "required", "additionalProperties",
            "enum", "pattern", "minimum", "maximum", "minLength", "minItems", "maxItems", "items", "anyOf"];
        var used = new SortedSet<string>(StringComparer.Ordinal);
        void Walk(System.Text.Json.Nodes.JsonNode? node, bool namesAreFields)
        {
            if (node is System.Text.Json.Nodes.JsonObject o)
                foreach (var (key, value) in o)
                {
                    if (!namesAreFields) used.Add(key);
                    Walk(value, !namesAreFields && key == "properties");
                }
            else if (node is System.Text.Json.Nodes.JsonArray a)
                foreach (var item in a) Walk(item, false);
        }
        foreach (var schema in SourceSchemas.All()) Walk(schema.Schema, false);
        Assert.Subset(allowed.ToHashSet(), used.ToHashSet());
    }

    public static TheoryData<string> ShippedFiles()
    {
        var repository = TestPaths.Repository;
        var files = Directory.GetFiles(Path.Combine(repository, "sources"), "*.yaml", SearchOption.AllDirectories)
            .Append(Path.Combine(repository, "templates", "theme.yaml"))
            .Select(f => Path.GetRelativePath(repository, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);
        return new TheoryData<string>(files);
    }

    [Theory]
    [MemberData(nameof(ShippedFiles))]
    public void Every_shipped_source_file_names_its_schema_and_passes_it(string file)
    {
        var path = Path.Combine(TestPaths.Repository, file);
        var expected = file switch
        {
            _ when file.StartsWith("sources/documents/", StringComparison.Ordinal) => SourceSchemas.Document,
            _ when file.StartsWith("sources/cases/", StringComparison.Ordinal) => SourceSchemas.Case,
            "sources/platforms.yaml" => SourceSchemas.Platforms,
            "sources/actors.yaml" => SourceSchemas.Actors,
            "templates/theme.yaml" => "theme.schema.json",
            _ => throw new InvalidOperationException($"no schema expected for {file}"),
        };
        var named = SchemaCheck.NamedBy(path);
        Assert.True(named is not null, $"{file} does not start with `# yaml-language-server: $schema=…`");
        Assert.Equal(Path.Combine(SchemaCheck.Folder, expected), named);
        Assert.Empty(SchemaCheck.Errors(SchemaCheck.Load(named!), YamlJson.Parse(File.ReadAllText(path))));
    }

    private const string Document = """
        id: report-one
        title: A report
        publisher: Example News
        author: A. Writer
        published: 2015-03
        kind: news-report
        language: en
        reliability: { grade: C, reason: An established outlet. }
        summary: In our own words.
        claims:
          - id: went-offline
            text: The site went offline.
            credibility: 3
            about: caliphate-book
        events:
          - id: offline
            date: 2015
            text: The site went offline.
            actor: caliphate-book-operators
            action: went-offline
            platform: caliphate-book
            first_reported: true
            note:
        """;

    [Fact]
    public void A_valid_document_passes_with_partial_dates_a_single_reference_and_an_empty_optional_field()
    {
        Assert.Empty(SchemaCheck.Errors(SourceSchemas.Document, Document));
        using var library = new ScratchSources();
        library.Write("documents/report-one.yaml", Document);
        Assert.Empty(LibraryLoader.Load(SourceFolder.Read(library.Root)).Problems);
    }

    [Theory]
    [InlineData("title: A report", "titel: A report", "/titel: ")]                           // misspelt field
    [InlineData("    credibility: 3", "    credibilty: 3", "/claims/0/credibilty: ")]           // misspelt, nested in a claim
    [InlineData("author: A. Writer\n", "", ": required: ")]                                      // missing required field
    [InlineData("kind: news-report", "kind: newsreport", "/kind: enum: ")]                     // word outside the vocabulary
    [InlineData("action: went-offline", "action: went-down", "/events/0/action: enum: ")]
    [InlineData("grade: C", "grade: G", "/reliability/grade: enum: ")]
    [InlineData("credibility: 3", "credibility: 7", "/claims/0/credibility: maximum: ")]
    [InlineData("published: 2015-03", "published: 2015-13", "/published: pattern: ")]
    [InlineData("  - id: went-offline", "  - id: Went Offline", "/claims/0/id: pattern: ")]
    [InlineData("first_reported: true", "first_reported: yes", "/events/0/first_reported: type: ")]
    public void A_mistake_validate_refuses_fails_the_schema_too(string good, string bad, string expected)
    {
        var broken = Document.Replace(good, bad);
        Assert.NotEqual(Document, broken);
        var errors = SchemaCheck.Errors(SourceSchemas.Document, broken);
        Assert.Contains(errors, e => e.Contains(expected, StringComparison.Ordinal));

        // The reader, from the same definitions, refuses it as well.
        using var library = new ScratchSources();
        library.Write("documents/report-one.yaml", broken);
        var problems = LibraryLoader.Load(SourceFolder.Read(library.Root)).Problems;
        Assert.Contains(problems, p => p.IsError && p.At.File.EndsWith("report-one.yaml", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("case.schema.json", "id: a-case\ntitel: x\n", "titel")]
    [InlineData("platforms.schema.json", "platforms:\n  - { id: x, name: X, kind: mainstream, bulit_with: y }\n", "bulit_with")]
    [InlineData("actors.schema.json", "actors:\n  - { id: x, name: X, kind: group, notes: y }\n", "notes")]
    [InlineData("theme.schema.json", "body_size: 10\nbody_sise: 11\n", "body_sise")]
    public void A_misspelt_key_fails_every_schema(string schema, string yaml, string misspelt)
    {
        var errors = SchemaCheck.Errors(schema, yaml);
        Assert.Contains(errors, e => e.Contains($"/{misspelt}: ", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("body_size: 200\n", "maximum")]
    [InlineData("heading_sizes: [17, 13]\n", "minItems")]
    [InlineData("text_color: red\n", "pattern")]
    [InlineData("body_font: Helvetica\n", "enum")]
    [InlineData("justify: maybe\n", "type")]
    public void A_bad_theme_value_fails_the_theme_schema(string yaml, string keyword)
    {
        Assert.Contains(SchemaCheck.Errors("theme.schema.json", yaml), e => e.Contains($": {keyword}: ", StringComparison.Ordinal));
    }

    [Fact]
    public void The_schemas_command_writes_the_checked_in_files()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"briefings-schemas-{Guid.NewGuid():N}");
        try
        {
            var result = Cli.Cli.Run("schemas", "--out", folder);
            Assert.Equal(0, result.Exit);
            foreach (var name in SchemaCheck.SchemaNames)
                Assert.Equal(File.ReadAllText(Path.Combine(SchemaCheck.Folder, name)), File.ReadAllText(Path.Combine(folder, name)));
        }
        finally
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
    }
}
