using Briefings.Problems;
using HandlebarsDotNet;

namespace Briefings.Templates;

/// <summary>
/// A template set checked and compiled for one view model and locale, ready to render many models (from
/// several threads: the compiled delegate and the helpers hold no per-render state). When checking or
/// compiling failed, every render returns those problems and no Markdown.
/// </summary>
public sealed class CompiledTemplate<TModel> where TModel : notnull
{
    private readonly TemplateSet _templates;
    private readonly HandlebarsTemplate<object, object>? _template;

    internal CompiledTemplate(TemplateSet templates, HandlebarsTemplate<object, object>? template, IReadOnlyList<Problem> problems) =>
        (_templates, _template, Problems) = (templates, template, problems);

    /// <summary>What checking and compiling found (warnings only, when it compiled).</summary>
    public IReadOnlyList<Problem> Problems { get; }

    public bool Compiled => _template is not null;

    public RenderedMarkdown Render(TModel model) =>
        _template is null
            ? new RenderedMarkdown(null, Problems)
            : TemplateRenderer.Run(_templates, _template, TemplateData.From(model), Problems);
}
