using Briefings.Analysis;
using Briefings.Sources;

namespace Briefings.Tests;

/// <summary>
/// The synthetic cases under Fixtures/Analysis/&lt;name&gt;/, each with the shared platform and actor
/// registries beside them (or their own, when the CLI reads the folder). Paths print as "sources/…", as the CLI would.
/// </summary>
internal static class AnalysisFixtures
{
    public static SourceFileSet Files(string name)
    {
        var root = Path.Combine(TestPaths.Fixtures, "Analysis");
        var dir = Path.Combine(root, name);
        if (!Directory.Exists(dir)) throw new ArgumentException($"no analysis fixture {name}");
        SourceText Read(string path, string shown) => new("sources/" + shown, File.ReadAllText(path));
        IReadOnlyList<SourceText> All(string folder) =>
            Directory.EnumerateFiles(Path.Combine(dir, folder), "*.yaml")
                .Order(StringComparer.Ordinal)
                .Select(p => Read(p, folder + "/" + Path.GetFileName(p)))
                .ToList();
        // A fixture run through the CLI has its own registries, since the CLI reads one whole folder.
        SourceText Registry(string file) => Read(File.Exists(Path.Combine(dir, file)) ? Path.Combine(dir, file) : Path.Combine(root, file), file);
        return new SourceFileSet("sources", Registry("platforms.yaml"), Registry("actors.yaml"), All("documents"), All("cases"));
    }

    public static string Folder(string name) => Path.Combine(TestPaths.Fixtures, "Analysis", name);

    public static LoadResult Load(string name) => LibraryLoader.Load(Files(name));

    /// <summary>The fixture's one case rendered through the repository's templates: Markdown and typed figures.</summary>
    public static Briefings.Templates.RenderedMarkdown Rendered(string name)
    {
        var library = Load(name).Library;
        var (templates, problems) = Briefings.Templates.TemplateFolder.Read(TestPaths.RepositoryTemplates);
        Assert.Empty(problems);
        var brief = BriefPipeline.Render(library, library.Cases[0], templates!);
        Assert.Empty(brief.Problems);
        return brief;
    }

    /// <summary>The fixture's one case rendered to Markdown through the repository's templates.</summary>
    public static string Markdown(string name) => Rendered(name).Markdown!;

    /// <summary>A fixture's cases in a month, each built and analysed, as a monthly run hands them to the digest.</summary>
    public static IReadOnlyList<Briefings.Runs.Digest.CaseOutcome> MonthOutcomes(string name, Briefings.Runs.Month month, IReadOnlyList<string>? files = null)
    {
        var library = Load(name).Library;
        return Briefings.Runs.MonthSelector.Select(Files(name), library, month)
            .Select(c => new Briefings.Runs.Digest.CaseOutcome(c, CaseAnalyser.Analyse(library, c.Case!), files ?? [], []))
            .ToList();
    }

    /// <summary>The fixture's one case, analysed; the fixture must load without errors or warnings.</summary>
    public static CaseAnalysis Analyse(string name)
    {
        var loaded = Load(name);
        Assert.Empty(loaded.Problems);
        return CaseAnalyser.Analyse(loaded.Library, Assert.Single(loaded.Library.Cases));
    }
}
