using Briefings.Figures;
using Briefings.Runs;
using Briefings.Templates;
using Briefings.Typesetting;

namespace Briefings.Cli;

/// <summary>
/// The typesetting half of building a brief, shared by `build` and `monthly`: the theme from the
/// templates folder, then a rendered template (Markdown with its typed metadata and figures, drawn by the
/// domain's figure renderers) → each asked-for format. One instance serves a whole run
/// (and several threads): the typesetter caches fonts and hyphenation across documents.
/// </summary>
internal sealed class BriefBuilder
{
    public const string ThemeFile = "theme.yaml";

    private readonly Typesetter _typesetter;
    private readonly string _baseDirectory;
    private readonly DateTimeOffset? _fallbackDate;
    private readonly bool _pdfA;

    private BriefBuilder(Typesetter typesetter, string baseDirectory, DateTimeOffset? fallbackDate, bool pdfA) =>
        (_typesetter, _baseDirectory, _fallbackDate, _pdfA) = (typesetter, baseDirectory, fallbackDate, pdfA);

    /// <summary>
    /// A builder with the templates folder's theme.yaml (or the default theme when there is none); null,
    /// with the theme's problems, when the theme is broken.
    /// </summary>
    public static (BriefBuilder? Builder, IReadOnlyList<Diagnostic> Problems) ForTemplates(string templatesDir, DateTimeOffset? fallbackDate, bool pdfA = false)
    {
        var themePath = Path.Combine(templatesDir, ThemeFile);
        if (Typesetting.Files.FileKinds.Of(themePath, followLinks: false) == Typesetting.Files.FileKind.Missing) return (new BriefBuilder(new Typesetter(Theme.Default, BriefFigures.Renderers), templatesDir, fallbackDate, pdfA), []);
        var (theme, problems) = Theme.Load(themePath);
        return (theme is null ? null : new BriefBuilder(new Typesetter(theme, BriefFigures.Renderers), templatesDir, fallbackDate, pdfA), problems);
    }

    public TypesetBrief Typeset(RenderedMarkdown rendered, string sourceName, IReadOnlyList<OutputFormat> formats)
    {
        var request = new RenderRequest(rendered.Markdown!, sourceName)
        {
            BaseDirectory = _baseDirectory, FallbackDate = _fallbackDate, Meta = rendered.Meta, Figures = rendered.Figures, PdfA = _pdfA,
        };
        return TypesetBrief.Of(_typesetter, request, formats);
    }
}
