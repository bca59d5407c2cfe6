using Briefings.Runs;
using Briefings.Templates;
using Briefings.Typesetting;

namespace Briefings.Cli;

/// <summary>What building one case asks for: where its inputs are and what to produce.</summary>
/// <param name="MarkdownPath">Where --markdown writes the generated Markdown, so the engine's messages can name it.</param>
internal sealed record CaseRequest(string SourcesDir, string TemplatesDir, string CaseId, Locale? Locale, IReadOnlyList<OutputFormat> Formats, bool PdfA, DateTimeOffset? FallbackDate, string? MarkdownPath = null);

/// <summary>
/// Builds one case's brief without writing anything: validate every source and template, refuse on any
/// error, render the templates, typeset. `build` writes what it returns once; `watch` calls it on every change.
/// </summary>
internal static class CaseBuild
{
    /// <param name="builders">Keeps the brief builder across calls while the theme is unchanged (watch); null makes a new one.</param>
    public static BuildResult Run(CaseRequest request, Watch.ThemeKeyed<BriefBuilder>? builders = null)
    {
        var loaded = Inputs.Load(request.SourcesDir, request.TemplatesDir);
        if (loaded.HasErrors)
            return Failed(loaded.Problems, ExitCodes.InvalidInput,
                $"build refused: {DiagnosticReport.Counts(loaded.Problems)} in the sources or templates (`briefings validate` lists them too)");

        var library = loaded.Sources.Library;
        var @case = library.FindCase(request.CaseId);
        if (@case is null)
        {
            var ids = library.Cases.Select(c => c.Id).Order(StringComparer.Ordinal).ToList();
            var hint = DidYouMean.Hint(request.CaseId, ids, ids.Count == 0 ? $"there are no cases in {request.SourcesDir}/cases" : $"cases are: {string.Join(", ", ids)}");
            return Failed(loaded.Problems, ExitCodes.Usage, $"error: no case '{request.CaseId}'; {hint}");
        }

        var brief = BriefPipeline.Render(library, @case, loaded.Templates!, request.Locale);
        var problems = loaded.Problems.Union(brief.Problems).ToList();
        if (brief.Markdown is null) return Failed(problems, ExitCodes.InvalidInput, null);

        var (builder, themeProblems) = builders is null
            ? BriefBuilder.ForTemplates(request.TemplatesDir, request.FallbackDate, request.PdfA)
            : builders.Get(Path.Combine(request.TemplatesDir, BriefBuilder.ThemeFile), () => BriefBuilder.ForTemplates(request.TemplatesDir, request.FallbackDate, request.PdfA));
        problems.AddRange(themeProblems);
        if (builder is null) return Failed(problems, ExitCodes.InvalidInput, null) with { Brief = brief };

        var result = builder.Typeset(brief, request.MarkdownPath ?? $"{request.CaseId}.md (generated; write it with --markdown to inspect)", request.Formats);
        problems.AddRange(result.Diagnostics);
        return new BuildResult(DiagnosticOrder.Sort(problems), result.Files, result.Succeeded ? ExitCodes.Ok : ExitCodes.InvalidInput)
        {
            Brief = brief, Inputs = result.Inputs,
        };
    }

    private static BuildResult Failed(IEnumerable<Diagnostic> problems, int exitCode, string? failure) =>
        new(DiagnosticOrder.Sort(problems), [], exitCode, failure);
}
