using Briefings.Problems;
using Briefings.Sources;
using Briefings.Typesetting;

namespace Briefings.Templates;

/// <summary>
/// Reads a templates folder: the main template by name, and every partials/*.sbn-md, named by file
/// name without the extension ("partials/timeline.sbn-md" is included as {{ include "timeline" }}).
/// </summary>
public static class TemplateFolder
{
    public const string Extension = ".sbn-md";

    public const string BriefTemplate = "displacement-brief";

    public static (TemplateSet? Set, IReadOnlyList<Diagnostic> Problems) Read(string root, string main = BriefTemplate)
    {
        var mainPath = Path.Combine(root, main + Extension);
        var shownMain = PathText.Join(root, main + Extension);
        if (!File.Exists(mainPath))
            return (null, [Diagnostic.Error(Location.StartOf(shownMain), ProblemCodes.TemplateMissing,
                $"template '{main}{Extension}' not found in {PathText.Join(root)}; pass --templates with the folder that holds it")]);

        // Read bounded, like sources: a FIFO or a link to /dev/zero among the templates is an error, not a hang.
        var problems = new List<Diagnostic>();
        string Text(string path, string shown)
        {
            var read = SourceFolder.Load(path, shown);
            if (read.Unreadable is { } problem) problems.Add(problem);
            return Normalise(read.Text);
        }

        var partialsFolder = Path.Combine(root, "partials");
        var partials = Directory.Exists(partialsFolder)
            ? Directory.EnumerateFiles(partialsFolder, "*" + Extension)
                .Select(Path.GetFileName).OfType<string>()
                .Order(StringComparer.Ordinal)
                .Select(name => new TemplateFile(
                    name[..^Extension.Length],
                    PathText.Join(root, "partials", name),
                    Text(Path.Combine(partialsFolder, name), PathText.Join(root, "partials", name))))
                .ToList()
            : [];
        var set = new TemplateSet(new TemplateFile(main, shownMain, Text(mainPath, shownMain)), partials);
        return (set, problems);
    }

    /// <summary>Windows line ends would leak into the Markdown and shift nothing else; normalise once, here.</summary>
    public static string Normalise(string text) => text.Replace("\r\n", "\n");
}
