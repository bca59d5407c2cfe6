using Briefings.Analysis;
using Briefings.Templates;
using Briefings.Templates.Model;

namespace Briefings.Tests.Origins;

/// <summary>The provenance fixtures analysed, as view models and as Markdown from the repository's templates.</summary>
internal static class ProvenanceFixtures
{
    public static BriefModel Model(string fixture) => BriefModelBuilder.Build(AnalysisFixtures.Analyse(fixture), Locale.Default);

    public static string Markdown(string fixture)
    {
        var library = AnalysisFixtures.Load(fixture).Library;
        var (templates, problems) = TemplateFolder.Read(TestPaths.RepositoryTemplates);
        Assert.Empty(problems);
        var brief = BriefPipeline.Render(library, library.Cases[0], templates!);
        Assert.Empty(brief.Problems);
        return brief.Markdown!;
    }

    public static string Ids(Corroboration c) => string.Join(" ", c.Reports.Select(r => $"{r.Document.Id}#{r.Claim.Id}"));
}
