namespace Briefings.Cli.Watch;

/// <summary>A folder whose saves may change the output; with its subfolders when <paramref name="Recursive"/>.</summary>
internal sealed record WatchedFolder(string Path, bool Recursive);
