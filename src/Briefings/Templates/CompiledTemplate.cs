using Scriban;
using Scriban.Functions;
using Scriban.Runtime;
using Scriban.Syntax;
using Briefings.Typesetting;

namespace Briefings.Templates;

/// <summary>
/// A template set parsed and checked for one view model and locale, ready to render many models (from
/// several threads: each render gets its own context; the parsed templates are only read). When parsing or
/// checking failed, every render returns those problems and no Markdown.
/// </summary>
public sealed class CompiledTemplate<TModel> where TModel : notnull
{
    private readonly Template? _main;
    private readonly IReadOnlyDictionary<string, Template> _partials;
    private readonly TemplateSet _templates;
    private readonly Locale _locale;

    internal CompiledTemplate(TemplateSet templates, Locale locale, Template? main, IReadOnlyDictionary<string, Template> partials, IReadOnlyList<Diagnostic> problems) =>
        (_templates, _locale, _main, _partials, Problems) = (templates, locale, main, partials, problems);

    /// <summary>What parsing and checking found (warnings only, when it compiled).</summary>
    public IReadOnlyList<Diagnostic> Problems { get; }

    public bool Compiled => _main is not null;

    public RenderedMarkdown Render(TModel model)
    {
        if (_main is null) return new RenderedMarkdown(null, Problems);
        var sinks = new RenderSinks(_locale);
        var context = Context(sinks, model);
        try
        {
            var markdown = _main.Render(context);
            return new RenderedMarkdown(TemplateRenderer.Tidy(markdown), Problems) { Meta = sinks.Meta, Figures = sinks.Figures };
        }
        catch (ScriptRuntimeException e)
        {
            return new RenderedMarkdown(null, DiagnosticOrder.Sort([.. Problems, TemplateProblems.Runtime(e, context.FailedIncludes)]));
        }
    }

    private MarkdownContext Context(RenderSinks sinks, TModel model)
    {
        var context = new MarkdownContext { TemplateLoader = new PartialLoader(_templates) };
        foreach (var (name, partial) in _partials) context.CachedTemplates[_templates.FindPartial(name)!.Path] = partial;
        var functions = new ScriptObject();
        foreach (var function in TemplateFunctions.Create(new Wording(_locale), sinks)) functions.SetValue(function.Name, function, readOnly: true);
        functions.SetValue("include", new IncludeAsMarkup((IScriptCustomFunction)context.BuiltinObject["include"]!), readOnly: true);
        context.PushGlobal(functions);
        var root = (ScriptObject)ViewObject.Of(model)!;
        // The model's fields are globals; the model itself is "model", for names Scriban reserves (model.case).
        functions.SetValue(TemplateChecker.ModelName, root, readOnly: true);
        context.PushGlobal(root);
        return context;
    }
}
