using Briefings.Problems;
using Briefings.Templates.Checking;
using HandlebarsDotNet;
using HandlebarsDotNet.Compiler;

namespace Briefings.Templates;

/// <summary>
/// Templates + view model → Markdown, for any view model (the brief's, and later the monthly digest's). Checks the templates first (every error located), then renders in
/// strict mode with Markdown escaping; anything Handlebars still raises is placed at the first use of
/// the name it complains about.
/// </summary>
public static class TemplateRenderer
{
    public static RenderedMarkdown Render<TModel>(TemplateSet templates, TModel model, Locale locale) where TModel : notnull =>
        Compile<TModel>(templates, locale).Render(model);

    /// <summary>
    /// Checks and compiles once, to render many models: compiling costs tens of milliseconds, rendering well
    /// under one, which matters when a monthly run renders hundreds of briefs with the same templates.
    /// </summary>
    public static CompiledTemplate<TModel> Compile<TModel>(TemplateSet templates, Locale locale) where TModel : notnull
    {
        var problems = TemplateChecker.Check(templates, TemplateData.SchemaOf<TModel>(), BriefHelpers.Catalog).ToList();
        if (problems.Any(p => p.IsError)) return new CompiledTemplate<TModel>(templates, null, problems);

        var handlebars = Handlebars.Create(new HandlebarsConfiguration
        {
            ThrowOnUnresolvedBindingExpression = true,
            TextEncoder = new MarkdownEncoder(),
            FormatProvider = System.Globalization.CultureInfo.InvariantCulture,
        });
        BriefHelpers.Register(handlebars, new Wording(locale));
        try
        {
            foreach (var partial in templates.Partials) handlebars.RegisterTemplate(partial.Name, partial.Text);
            return new CompiledTemplate<TModel>(templates, handlebars.Compile(templates.Main.Text), problems);
        }
        catch (Exception e) when (Cause(e) is { } cause)
        {
            return new CompiledTemplate<TModel>(templates, null, ProblemOrder.Sort([.. problems, ProblemFor(templates, cause)]));
        }
    }

    /// <summary>Runs a compiled template; a mistake Handlebars raises while rendering becomes a located problem.</summary>
    internal static RenderedMarkdown Run(TemplateSet templates, HandlebarsTemplate<object, object> template, object? data, IReadOnlyList<Problem> problems)
    {
        try
        {
            return new RenderedMarkdown(Tidy(template(data)), problems);
        }
        catch (Exception e) when (Cause(e) is { } cause)
        {
            return new RenderedMarkdown(null, ProblemOrder.Sort([.. problems, ProblemFor(templates, cause)]));
        }
    }

    private static Problem ProblemFor(TemplateSet templates, Exception cause) => cause switch
    {
        HandlebarsUndefinedBindingException u => Problem.Error(FirstUse(templates, u.MissingKey), ProblemCodes.UnknownTemplateField,
            $"'{u.Path}' has no value here; check the field name, or wrap it in {{{{#if …}}}} when it may be empty"),
        TemplateHelperException h => Problem.Error(FirstUse(templates, h.Helper), ProblemCodes.TemplateRuntime, h.Message),
        _ => Problem.Error(Location.StartOf(templates.Main.Path), ProblemCodes.TemplateSyntax, cause.Message),
    };

    /// <summary>
    /// The template mistake behind an exception: Handlebars wraps errors raised inside partials, so look
    /// through the chain for ours or for its own undefined-binding error.
    /// </summary>
    private static Exception? Cause(Exception e)
    {
        var innermost = e;
        for (Exception? current = e; current is not null; current = current.InnerException)
        {
            if (current is HandlebarsUndefinedBindingException or TemplateHelperException) return current;
            innermost = current;
        }
        // A Handlebars error with nothing underneath is about the template; anything else (a helper's bug,
        // a broken runtime) is not the analyst's to fix and must not be dressed up as a template error.
        return innermost is HandlebarsException ? innermost : null;
    }

    /// <summary>Where a name is first used in the templates (main first, then partials), or the main template's start.</summary>
    private static Location FirstUse(TemplateSet templates, string name)
    {
        var uses = TemplateChecker.Uses(templates);
        return uses.FirstOrDefault(u => u.Name == name || u.Name.Split('.', '/').Contains(name)).At
               ?? Location.StartOf(templates.Main.Path);
    }

    /// <summary>
    /// Conditional sections leave runs of blank lines; Markdown treats one blank line and many alike, so fold
    /// them (outside fenced blocks, where blank lines are content) and end with exactly one newline.
    /// </summary>
    public static string Tidy(string markdown)
    {
        var lines = markdown.Replace("\r\n", "\n").Split('\n');
        var output = new List<string>(lines.Length);
        var inFence = false;
        foreach (var raw in lines)
        {
            var line = inFence ? raw : raw.TrimEnd();
            if (line.TrimStart().StartsWith("```", StringComparison.Ordinal)) inFence = !inFence;
            if (!inFence && line.Length == 0 && (output.Count == 0 || output[^1].Length == 0)) continue;
            output.Add(line);
        }
        while (output.Count > 0 && output[^1].Length == 0) output.RemoveAt(output.Count - 1);
        return string.Join('\n', output) + "\n";
    }
}
