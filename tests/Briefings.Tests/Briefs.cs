using Briefings.Analysis;
using Briefings.Sources;
using Briefings.Templates;
using Briefings.Templates.Model;

namespace Briefings.Tests;

/// <summary>Analyses and view models for the fixture case and the repository's first case.</summary>
internal static class Briefs
{
    public static CaseAnalysis FixtureAnalysis()
    {
        var library = FixtureLibrary.Load().Library;
        return CaseAnalyser.Analyse(library, library.FindCase("sample-case")!);
    }

    public static BriefModel FixtureModel(Locale? locale = null) => BriefModelBuilder.Build(FixtureAnalysis(), locale ?? Locale.Default);

    public static CaseAnalysis FirstCaseAnalysis()
    {
        var library = LibraryLoader.Load(SourceFolder.Read(TestPaths.RepositorySources)).Library;
        return CaseAnalyser.Analyse(library, library.FindCase("caliphate-book-2015")!);
    }

    public static RenderedMarkdown RenderFirstCase(Locale? locale = null)
    {
        var library = LibraryLoader.Load(SourceFolder.Read(TestPaths.RepositorySources)).Library;
        var (templates, problems) = TemplateFolder.Read(TestPaths.RepositoryTemplates);
        Assert.Empty(problems);
        return Briefings.BriefPipeline.Render(library, library.FindCase("caliphate-book-2015")!, templates!, locale);
    }

    /// <summary>A template set held in memory: the main template and any partials by name.</summary>
    public static TemplateSet Templates(string main, params (string Name, string Text)[] partials) =>
        new(new TemplateFile("brief", "templates/brief.sbn-md", main),
            partials.Select(p => new TemplateFile(p.Name, $"templates/partials/{p.Name}.sbn-md", p.Text)).ToList());
}
