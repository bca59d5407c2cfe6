using Briefings.Problems;
using Briefings.Typesetting.Files;
using Briefings.Typesetting;

namespace Briefings.Sources;

/// <summary>
/// The only place that reads sources from disk: the folder's files, in a fixed (ordinal) order so
/// every run sees them the same way, whatever the file system returns. Each file is read bounded
/// (<see cref="InputFile"/>); one that cannot be read is kept with its problem, not thrown.
/// </summary>
public static class SourceFolder
{
    public const string Documents = "documents";
    public const string Cases = "cases";

    public static SourceFileSet Read(string root)
    {
        SourceText? Optional(string name)
        {
            var path = Path.Combine(root, name);
            // Anything by that name is read (and refused with a reason if it is not a regular file).
            return FileKinds.Of(path, followLinks: false) != FileKind.Missing ? Load(path, PathText.Join(root, name)) : null;
        }

        IReadOnlyList<SourceText> All(string folder)
        {
            var path = Path.Combine(root, folder);
            if (!Directory.Exists(path)) return [];
            IEnumerable<string> names;
            try
            {
                names = Directory.EnumerateFileSystemEntries(path, "*.yaml").Select(Path.GetFileName).OfType<string>().ToList();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return [SourceText.Failed(PathText.Join(root, folder), Diagnostic.Error(Location.StartOf(PathText.Join(root, folder)), ProblemCodes.ReadError,
                    $"the folder cannot be listed ({e.Message}); check its owner and mode"))];
            }
            return names.Order(StringComparer.Ordinal).Select(name => Load(Path.Combine(path, name), PathText.Join(root, folder, name))).ToList();
        }

        return new SourceFileSet(root, Optional("platforms.yaml"), Optional("actors.yaml"), All(Documents), All(Cases));
    }

    /// <summary>One file, read bounded; what went wrong is kept as a located read error.</summary>
    public static SourceText Load(string path, string shown)
    {
        try
        {
            return new SourceText(shown, InputFile.ReadText(path));
        }
        catch (InputFileException e)
        {
            return SourceText.Failed(shown, Diagnostic.Error(new Location(shown, e.Line, e.Column), ProblemCodes.ReadError, "the file " + e.Message));
        }
    }
}
