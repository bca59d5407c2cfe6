using Briefings.Analysis;
using Briefings.Templates;
using Briefings.Templates.Model;

namespace Briefings.Tests.Origins;

/// <summary>The provenance fixtures analysed, as view models and as Markdown from the repository's templates.</summary>
internal static class ProvenanceFixtures
{
    public static BriefModel Model(string fixture) => BriefModelBuilder.Build(AnalysisFixtures.Analyse(fixture), Locale.Default);

    public static string Markdown(string fixture) => AnalysisFixtures.Markdown(fixture);

    public static string Ids(Corroboration c) => string.Join(" ", c.Reports.Select(r => $"{r.Document.Id}#{r.Claim.Id}"));
}
