using System.Text.Json;

namespace Briefings.Tests.Cli;

/// <summary>`list --format json`: every case and document, for scripts.</summary>
public sealed class ListJsonTests
{
    [Fact]
    public void Lists_every_case_and_document_of_the_repository()
    {
        var result = Cli.Run("list", "--format", "json", "--sources", TestPaths.RepositorySources);
        Assert.Equal(0, result.Exit);
        using var json = JsonDocument.Parse(result.Output);
        var root = json.RootElement;
        Assert.True(root.GetProperty("ok").GetBoolean());
        var cases = root.GetProperty("cases").EnumerateArray().ToList();
        Assert.Equal(Directory.GetFiles(Path.Combine(TestPaths.RepositorySources, "cases"), "*.yaml").Length, cases.Count);
        var caliphate = cases.Single(c => c.GetProperty("id").GetString() == "caliphate-book-2015");
        Assert.Equal("2015-03", caliphate.GetProperty("start").GetString());
        Assert.Equal(["itproportal-caliphate-book-offline", "guardianlv-caliphate-book-platforms"],
            caliphate.GetProperty("sources").EnumerateArray().Select(s => s.GetString()));
        var documents = root.GetProperty("documents").EnumerateArray().ToList();
        Assert.Equal(Directory.GetFiles(Path.Combine(TestPaths.RepositorySources, "documents"), "*.yaml").Length, documents.Count);
        var itpro = documents.Single(d => d.GetProperty("id").GetString() == "itproportal-caliphate-book-offline");
        Assert.Equal("2015-03-10", itpro.GetProperty("published").GetString());
        Assert.Equal("news-report", itpro.GetProperty("kind").GetString());
        Assert.EndsWith("documents/itproportal-caliphate-book-offline.yaml", itpro.GetProperty("file").GetString());
    }

    [Fact]
    public void A_broken_library_still_lists_what_it_can_and_says_so()
    {
        using var library = new Cli.ScratchLibrary();
        File.WriteAllText(Path.Combine(library.Root, "documents", "broken.yaml"), "id: [\n");
        var result = Cli.Run("list", "--format", "json", "--sources", library.Root);
        Assert.Equal(1, result.Exit);
        using var json = JsonDocument.Parse(result.Output);
        Assert.False(json.RootElement.GetProperty("ok").GetBoolean());
        Assert.NotEmpty(json.RootElement.GetProperty("cases").EnumerateArray());
        Assert.Contains("Run `briefings validate` for details", result.Error);
    }
}
