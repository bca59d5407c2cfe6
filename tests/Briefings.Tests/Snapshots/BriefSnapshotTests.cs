using Briefings.Sources;
using Briefings.Templates;
using Briefings.Testing;
using Briefings.Typesetting;
using Briefings.Typesetting.Layout;

namespace Briefings.Tests.Snapshots;

/// <summary>
/// Golden page plans of the repository's five briefs (templates/ and its theme, sources/): speed work
/// must not move a mark. When the templates' wording changes on purpose, regenerate every snapshot with
/// BRIEFINGS_UPDATE_SNAPSHOTS=1 dotnet test --filter Snapshot and review `git diff tests/snapshots`.
/// </summary>
public class BriefSnapshotTests
{
    public static TheoryData<string> Cases => new(Directory.GetFiles(Path.Combine(TestPaths.RepositorySources, "cases"), "*.yaml")
        .Select(f => Path.GetFileNameWithoutExtension(f)).Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Cases))]
    public void Snapshot_of_a_brief_is_unchanged(string caseId)
    {
        var library = LibraryLoader.Load(SourceFolder.Read(TestPaths.RepositorySources)).Library;
        var (templates, problems) = TemplateFolder.Read(TestPaths.RepositoryTemplates);
        Assert.Empty(problems);
        var brief = BriefPipeline.Render(library, library.FindCase(caseId)!, templates!);
        var (theme, themeProblems) = Theme.Load(Path.Combine(TestPaths.RepositoryTemplates, "theme.yaml"));
        Assert.Empty(themeProblems);
        var typesetter = new Typesetter(theme, Briefings.Figures.BriefFigures.Renderers);
        var (document, diagnostics) = typesetter.Parse(new RenderRequest(brief.Markdown!, $"{caseId}.md")
        {
            BaseDirectory = TestPaths.RepositoryTemplates, Meta = brief.Meta, Figures = brief.Figures,
        });
        Assert.DoesNotContain(diagnostics, d => d.Severity == Severity.Error);
        Snapshot.Match($"briefs/{caseId}.plan.txt", PagePlanText.Write(typesetter.Layout(document, $"{caseId}.md", diagnostics)));
    }
}
