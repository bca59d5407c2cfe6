namespace Briefings.Cli.Watch;

/// <summary>
/// A case's brief. A build reads, and validates, every source and template (one broken file anywhere
/// refuses the build), so every one of them decides the output, plus the images the templates refer to.
/// </summary>
internal sealed class CaseTarget(CaseRequest request, string pdfPath) : IWatchTarget
{
    public string Name => request.CaseId;

    public string PdfPath => pdfPath;

    private readonly ThemeKeyed<BriefBuilder> _builders = new();

    public BuildResult Build() => CaseBuild.Run(request, _builders);

    public IReadOnlyList<WatchedFolder> Folders(BuildResult last) =>
    [
        new(request.SourcesDir, Recursive: true),
        new(request.TemplatesDir, Recursive: true),
        .. last.Inputs.Select(Path.GetDirectoryName).OfType<string>().Select(folder => new WatchedFolder(folder, Recursive: false)),
    ];

    public IEnumerable<string> Files(BuildResult last) =>
        Under(request.SourcesDir, "*.yaml")
            .Concat(Under(request.TemplatesDir, "*" + Templates.TemplateFolder.Extension))
            .Append(Path.Combine(request.TemplatesDir, BriefBuilder.ThemeFile))
            .Concat(last.Inputs);

    private static IEnumerable<string> Under(string folder, string pattern) =>
        Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, pattern, new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.Hidden })
            : [];
}
