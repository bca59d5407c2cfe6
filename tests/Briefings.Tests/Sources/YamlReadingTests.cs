using Briefings.Problems;
using Briefings.Sources;
using Briefings.Sources.Reading;
using Briefings.Sources.Yaml;
using Briefings.Typesetting;

namespace Briefings.Tests.Sources;

public class YamlReadingTests
{
    private static (YamlValue? Root, List<Diagnostic> Problems) Read(string yaml)
    {
        var problems = new List<Diagnostic>();
        return (YamlTreeReader.Read(new SourceText("f.yaml", yaml), problems), problems);
    }

    [Fact]
    public void Every_node_keeps_its_one_based_line_and_column()
    {
        var (root, problems) = Read("a: 1\nlist:\n  - x\n  - key: value\n");
        Assert.Empty(problems);
        var mapping = Assert.IsType<YamlMapping>(root);
        Assert.Equal(new Location("f.yaml", 1, 4), mapping.Entries[0].Value.At);
        var list = Assert.IsType<YamlSequence>(mapping.Entries[1].Value);
        Assert.Equal(new Location("f.yaml", 3, 5), list.Items[0].At);
        var item = Assert.IsType<YamlMapping>(list.Items[1]);
        Assert.Equal(new Location("f.yaml", 4, 10), item.Entries[0].Value.At);
    }

    [Fact]
    public void A_duplicate_key_is_reported_not_thrown()
    {
        var (_, problems) = Read("a: 1\nb: 2\na: 3\n");
        var problem = Assert.Single(problems);
        Assert.Equal(new Location("f.yaml", 3, 1), problem.At);
        Assert.Equal("key 'a' appears twice in this mapping (first at line 1); keep one", problem.Message);
    }

    [Fact]
    public void An_unclosed_flow_list_is_a_located_syntax_error()
    {
        // YamlDotNet throws InvalidOperationException here rather than a YamlException.
        var (root, problems) = Read("a: [1, 2\nb: 3\n");
        Assert.Null(root);
        Assert.Equal(ProblemCodes.YamlSyntax, Assert.Single(problems).Code);
        Assert.Equal(1, problems[0].At.Line);
    }

    [Fact]
    public void An_unclosed_quote_is_located_where_it_opens()
    {
        var (_, problems) = Read("title: \"never closed\nnext: 1\n");
        var problem = Assert.Single(problems);
        Assert.Equal(new Location("f.yaml", 1, 8), problem.At);
        Assert.EndsWith("a quote opened here is never closed", problem.Message);
    }

    [Fact]
    public void Aliases_are_refused_with_advice()
    {
        var (_, problems) = Read("a: &x 1\nb: *x\n");
        Assert.Equal("YAML aliases (*x) are not supported here; write the value out in full", Assert.Single(problems).Message);
    }

    [Fact]
    public void Quoted_null_is_text_but_plain_null_is_empty()
    {
        var (root, _) = Read("a: 'null'\nb: null\nc:\n");
        var entries = Assert.IsType<YamlMapping>(root).Entries;
        Assert.False(((YamlScalar)entries[0].Value).IsNull);
        Assert.True(((YamlScalar)entries[1].Value).IsNull);
        Assert.True(((YamlScalar)entries[2].Value).IsNull);
    }

    [Fact]
    public void A_list_where_a_mapping_belongs_is_a_shape_error()
    {
        var problems = new List<Diagnostic>();
        var document = DocumentReader.Read(new SourceText("sources/documents/x.yaml", "- a\n- b\n"), "x", problems);
        Assert.Null(document);
        var problem = Assert.Single(problems);
        Assert.Equal(ProblemCodes.WrongShape, problem.Code);
        Assert.Equal("document should be a mapping (key: value lines), not a list", problem.Message);
    }

    [Fact]
    public void Ids_must_be_kebab_case()
    {
        var problems = new List<Diagnostic>();
        RegistryReader.ReadPlatforms(new SourceText("p.yaml", "platforms:\n  - id: Big Site\n    name: Big\n    kind: mainstream\n"), problems);
        var problem = Assert.Single(problems);
        Assert.Equal(new Location("p.yaml", 2, 9), problem.At);
        Assert.Equal("'Big Site' is not a valid id; use lower-case words joined by hyphens, e.g. `big-site`", problem.Message);
    }

    [Fact]
    public void A_missing_registry_is_reported_at_its_path()
    {
        var files = FixtureLibrary.Files() with { Platforms = null };
        var problems = LibraryLoader.Load(files).Problems;
        // References to platforms are not also reported: the missing file is the one thing to fix.
        var problem = Assert.Single(problems);
        Assert.Equal(new Location("sources/platforms.yaml", 1, 1), problem.At);
        Assert.Equal(ProblemCodes.FileMissing, problem.Code);
    }

    [Fact]
    public void A_document_that_cannot_be_read_does_not_cascade_into_dangling_references()
    {
        var files = FixtureLibrary.Files();
        var broken = files.Documents.Select(d => d.Path.EndsWith("report-two.yaml") ? d with { Text = "id: [unclosed\n" } : d).ToList();
        var problems = LibraryLoader.Load(files with { Documents = broken }).Problems;
        Assert.All(problems, p => Assert.Equal("sources/documents/report-two.yaml", p.At.File));
    }
}
