using Briefings.Analysis;
using Briefings.Sources.Model;
using Briefings.Templates;
using Briefings.Templates.Model;

namespace Briefings;

/// <summary>
/// Case → Markdown, the domain's whole job: analyse, build the template's view, render. The caller
/// validates first (see <see cref="Sources.LibraryLoader"/>) and typesets the result. A case or document
/// still holding a scaffold's placeholders is refused here, so every way of building a brief refuses it.
/// </summary>
public static class BriefPipeline
{
    /// <summary>The locale to write in: the one asked for, else the case's own, else en-GB.</summary>
    public static Locale ChooseLocale(CaseFile @case, Locale? requested) =>
        requested ?? (@case.Locale is { } name ? Locale.Find(name) : null) ?? Locale.Default;

    public static RenderedMarkdown Render(SourceLibrary library, CaseFile @case, TemplateSet templates, Locale? locale = null) =>
        Render(library, @case, chosen => TemplateRenderer.Compile<BriefModel>(templates, chosen), locale);

    /// <summary>The same, with templates compiled by the caller once per locale, for runs over many cases.</summary>
    public static RenderedMarkdown Render(SourceLibrary library, CaseFile @case, Func<Locale, CompiledTemplate<BriefModel>> templates, Locale? locale = null)
    {
        if (Sources.UnfilledPlaceholders.Of(library, @case) is { Count: > 0 } unfilled) return new RenderedMarkdown(null, unfilled);
        var chosen = ChooseLocale(@case, locale);
        var analysis = CaseAnalyser.Analyse(library, @case);
        var rendered = templates(chosen).Render(BriefModelBuilder.Build(analysis, chosen));
        // The PDF is dated by the assessment, typed; the template prints that date in words of its own.
        return rendered.Meta is { } meta ? rendered with { Meta = meta with { Issued = @case.AsOf.Earliest } } : rendered;
    }
}
