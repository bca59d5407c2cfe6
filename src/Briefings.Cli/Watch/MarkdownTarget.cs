namespace Briefings.Cli.Watch;

/// <summary>One Markdown file: the file itself, its theme, and the images it refers to decide the output.</summary>
internal sealed class MarkdownTarget(MarkdownRequest request, string pdfPath) : IWatchTarget
{
    public string Name => request.File;

    public string PdfPath => pdfPath;

    private readonly ThemeKeyed<Typesetting.Typesetter> _typesetters = new();

    public BuildResult Build() => MarkdownBuild.Run(request, _typesetters);

    // The file's own folder, not below it: a Markdown file can sit in a home folder with thousands of others.
    public IReadOnlyList<WatchedFolder> Folders(BuildResult last) =>
        Files(last).Select(Folder).Distinct().Select(folder => new WatchedFolder(folder, Recursive: false)).ToList();

    public IEnumerable<string> Files(BuildResult last) =>
        [request.File, .. request.ThemePath is { } theme ? [theme] : Array.Empty<string>(), .. last.Inputs];

    private static string Folder(string file) => Path.GetDirectoryName(Path.GetFullPath(file)) ?? ".";
}
