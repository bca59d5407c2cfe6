using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;
using Briefings.Typesetting;

namespace Briefings.Templates;

/// <summary>
/// Resolves <c>include "name"</c> to partials/name.sbn-md of the template set, and nothing else: a name
/// with a path in it is refused, so templates load only from the templates folder.
/// </summary>
internal sealed class PartialLoader(TemplateSet templates) : ITemplateLoader
{
    public string? GetPath(TemplateContext context, SourceSpan callerSpan, string templateName) =>
        Check(templates, templateName) is { } problem
            ? throw new ScriptRuntimeException(callerSpan, problem)
            : templates.FindPartial(templateName)!.Path;

    public string? Load(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        templates.Partials.First(p => p.Path == templatePath).Text;

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        ValueTask.FromResult(Load(context, callerSpan, templatePath));

    /// <summary>Why a name cannot be included, or null when it names a partial.</summary>
    public static string? Check(TemplateSet templates, string name)
    {
        if (name.Length == 0 || name.IndexOfAny(['/', '\\', ':']) >= 0 || name.Contains("..", StringComparison.Ordinal))
            return $"include takes a partial's name, not a path ('{name}'): templates load only from the templates folder's partials/, e.g. include \"timeline\"";
        if (templates.FindPartial(name) is not null) return null;
        return $"no partial '{name}' (looked for partials/{name}{TemplateFolder.Extension}){DidYouMean.Suffix(name, templates.Partials.Select(p => p.Name))}";
    }
}
