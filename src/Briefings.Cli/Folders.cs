using System.CommandLine;

namespace Briefings.Cli;

/// <summary>
/// The --sources and --templates options every domain command shares, with their defaults
/// (./sources, ./templates) and the check that a folder the user named exists.
/// </summary>
internal static class Folders
{
    public const string DefaultSources = "sources";
    public const string DefaultTemplates = "templates";

    public static Option<string> SourcesOption() => new("--sources")
    {
        Description = "Folder of structured summaries: platforms.yaml, actors.yaml, documents/, cases/",
        DefaultValueFactory = _ => DefaultSources,
        HelpName = "dir",
    };

    public static Option<string> TemplatesOption() => new("--templates")
    {
        Description = "Folder of templates: displacement-brief.sbn-md, partials/, theme.yaml",
        DefaultValueFactory = _ => DefaultTemplates,
        HelpName = "dir",
    };

    /// <summary>Prints a usage error and returns false when <paramref name="path"/> is not a folder.</summary>
    public static bool Exists(string path, string option, TextWriter error)
    {
        if (Directory.Exists(path)) return true;
        error.WriteLine($"error: {option} folder '{path}' not found (run from the project folder, or pass {option} <dir>)");
        return false;
    }
}
