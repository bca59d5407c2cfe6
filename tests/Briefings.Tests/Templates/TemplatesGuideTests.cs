using Briefings.Templates;

namespace Briefings.Tests.Templates;

/// <summary>docs/templates.md is the staff's reference: it must name every function and every field templates see.</summary>
public class TemplatesGuideTests
{
    private static readonly string Guide = File.ReadAllText(Path.Combine(TestPaths.Repository, "docs", "templates.md"));

    [Fact]
    public void Every_function_is_documented_with_an_example()
    {
        foreach (var name in TemplateFunctions.Names)
            Assert.True(Guide.Contains($"| `{name}` | `{{{{ ", StringComparison.Ordinal), $"docs/templates.md has no row with an example for '{name}'");
    }

    [Theory]
    [InlineData(typeof(Briefings.Templates.Model.BriefModel))]
    [InlineData(typeof(Briefings.Runs.Digest.DigestModel))]
    public void Every_field_is_documented(Type model)
    {
        foreach (var field in Fields(ModelSchema.Of(model)).Distinct())
            Assert.True(Guide.Contains($"`{field}`", StringComparison.Ordinal), $"docs/templates.md does not mention the field '{field}'");
    }

    private static IEnumerable<string> Fields(SchemaType schema) => schema switch
    {
        ObjectSchema o => o.Fields.SelectMany(f => Fields(f.Value).Prepend(f.Key)),
        ListSchema l => Fields(l.Element),
        _ => [],
    };
}
