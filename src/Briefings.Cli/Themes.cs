using Briefings.Typesetting;

namespace Briefings.Cli;

/// <summary>Loads a theme file if one was given, printing its problems; null means "stop".</summary>
internal static class Themes
{
    public static Theme? Load(string? path, TextWriter error)
    {
        if (path is null) return Theme.Default;
        var (theme, diagnostics) = Theme.Load(path);
        DiagnosticReport.Print(diagnostics, error);
        return theme;
    }
}
