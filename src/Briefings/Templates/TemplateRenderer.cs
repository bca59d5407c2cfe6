using Scriban;
using Scriban.Parsing;
using Briefings.Typesetting;

namespace Briefings.Templates;

/// <summary>
/// Templates + view model → Markdown, for any view model (the brief's, the monthly digest's). Parses every
/// template with Scriban (its own messages, at file:line:column), checks the syntax trees against the model,
/// then renders with strict variables and members, Markdown escaping, and includes only from partials/.
/// </summary>
public static class TemplateRenderer
{
    public static RenderedMarkdown Render<TModel>(TemplateSet templates, TModel model, Locale locale) where TModel : notnull =>
        Compile<TModel>(templates, locale).Render(model);

    /// <summary>Every problem in a template set for a view model, without rendering: what `validate` reports.</summary>
    public static IReadOnlyList<Diagnostic> Check<TModel>(TemplateSet templates) where TModel : notnull =>
        Compile<TModel>(templates, Locale.Default).Problems;

    /// <summary>
    /// Parses and checks once, to render many models: a monthly run renders hundreds of briefs with the same templates.
    /// </summary>
    public static CompiledTemplate<TModel> Compile<TModel>(TemplateSet templates, Locale locale) where TModel : notnull
    {
        var main = Parse(templates.Main);
        var partials = templates.Partials.ToDictionary(p => p.Name, Parse, StringComparer.Ordinal);
        var problems = partials.Values.Prepend(main).SelectMany(t => TemplateProblems.Parser(t.Messages)).ToList();
        var parsed = partials.Where(p => !p.Value.HasErrors).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        if (!main.HasErrors)
            problems.AddRange(TemplateChecker.Check(templates, main, parsed, ModelSchema.Of(typeof(TModel)),
                TemplateFunctions.Names.Concat(BuiltinNames())));
        var sorted = DiagnosticOrder.Sort(problems);
        return sorted.Any(p => p.IsError)
            ? new CompiledTemplate<TModel>(templates, locale, null, parsed, sorted)
            : new CompiledTemplate<TModel>(templates, locale, main, parsed, sorted);
    }

    /// <summary>
    /// Scriban's built-in objects and functions (string, array, math…), less include_join: it would bypass the
    /// include wrapper and escape a partial's output twice, so the checker calls it unknown.
    /// </summary>
    private static IEnumerable<string> BuiltinNames() => new TemplateContext().BuiltinObject.Keys.Where(k => k != "include_join");

    private static Template Parse(TemplateFile file) => Template.Parse(file.Text, file.Path, new ParserOptions(), LexerOptions.Default);

    /// <summary>
    /// Conditional sections can leave runs of blank lines; Markdown treats one blank line and many alike, so fold
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
