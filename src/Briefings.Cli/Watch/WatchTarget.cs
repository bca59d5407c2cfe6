namespace Briefings.Cli.Watch;

/// <summary>
/// What `watch` keeps current: how to build it, where its output goes, and which files decide it, so a
/// save that changes none of them (a backup file, an untouched `touch`, our own output) rebuilds nothing.
/// </summary>
internal interface IWatchTarget
{
    /// <summary>How messages name it: the case id or the Markdown file.</summary>
    string Name { get; }

    /// <summary>Where the PDF goes; HTML, when asked for, beside it.</summary>
    string PdfPath { get; }

    BuildResult Build();

    /// <summary>Folders to watch for saves, given what the last build read.</summary>
    IReadOnlyList<WatchedFolder> Folders(BuildResult last);

    /// <summary>Every file whose bytes decide the output, given what the last build read (missing ones too).</summary>
    IEnumerable<string> Files(BuildResult last);
}
