namespace Briefings.Templates;

/// <summary>
/// A helper was called wrongly by a template (wrong kind of value, missing argument). Raised while
/// rendering and turned into a located problem by the renderer; never escapes to the user as a crash.
/// </summary>
public sealed class TemplateHelperException(string helper, string message) : Exception(message)
{
    public string Helper { get; } = helper;
}
