using System.CommandLine;
using System.Text;
using Briefings.Sources;
using Briefings.Sources.Model;
using Briefings.Sources.Reading;
using Briefings.Sources.Scaffolds;

namespace Briefings.Cli;

/// <summary>
/// `briefings new document|case &lt;id&gt;`: writes a commented skeleton to sources/documents/&lt;id&gt;.yaml or
/// sources/cases/&lt;id&gt;.yaml, atomically and never over anything that is there. `validate` accepts it with a
/// placeholder warning for each value still to fill in; `build` refuses a case until they are filled in.
/// </summary>
internal static class NewCommand
{
    public static Command Create() => new("new", "Start a new project, source document or case from a commented skeleton (never overwrites).")
    {
        Project(),
        Document(),
        Case(),
    };

    private static Command Project()
    {
        var folder = new Argument<string>("folder") { Description = "Where to start the project (created if missing; it must not hold any file the project would write)" };
        var command = new Command("project", "Start a project folder: the shipped templates and theme, platform and actor registries, empty documents/ and cases/, and the editors' schemas.")
        {
            folder,
        };
        command.SetAction(parse =>
        {
            var root = parse.GetValue(folder)!;
            var files = ProjectFiles.All();
            // Checked before anything is written, so a refused project leaves the folder exactly as it was.
            var taken = files.Select(f => f.Path).Concat(ProjectFiles.Folders)
                .Where(path => Typesetting.Files.FileKinds.Of(Path.Combine(root, path), followLinks: false) != Typesetting.Files.FileKind.Missing).ToList();
            if (taken.Count > 0)
                throw new OutputException(Path.Combine(root, taken[0]),
                    $"it already exists{(taken.Count > 1 ? $" (and {taken.Count - 1} more of the project's files)" : "")}; `new project` never overwrites: pick a new folder");
            foreach (var (path, bytes) in files) AtomicFile.WriteNew(Path.Combine(root, path), bytes);
            foreach (var path in ProjectFiles.Folders) Directory.CreateDirectory(Path.Combine(root, path));
            var stderr = parse.InvocationConfiguration.Error;
            stderr.WriteLine($"wrote {files.Count} files to {root}: templates/, sources/ (platforms.yaml, actors.yaml, documents/, cases/), schemas/");
            stderr.WriteLine($"next: cd {root}, then `briefings new document <id>` for each source and `briefings new case <id>`; the files they write say how to fill them in");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Document()
    {
        var id = IdArgument("document");
        var sources = Folders.SourcesOption();
        var title = new Option<string?>("--title") { Description = "The source's own title, as published" };
        var publisher = new Option<string?>("--publisher") { Description = "Who published the copy held" };
        var url = new Option<string?>("--url") { Description = "Where the copy held can be found" };
        var published = new Option<string?>("--published") { Description = "When it was published: 2015, 2015-03 or 2015-03-10", HelpName = "date" };
        var command = new Command("document", "Write sources/documents/<id>.yaml: a structured summary of one source document, to fill in.")
        {
            id, sources, title, publisher, url, published,
        };
        command.SetAction(parse =>
        {
            var known = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (field, option) in new[] { ("title", title), ("publisher", publisher), ("url", url) })
                if (parse.GetValue(option) is { } value) known[field] = Given(option.Name, value);
            if (parse.GetValue(published) is { } date)
                known["published"] = PartialDate.Parse(date)?.ToString()
                    ?? throw new UsageException($"--published '{date}' is not a date; write a year, a month or a day as 2015, 2015-03 or 2015-03-09");
            return Write(parse, sources, ValidId(parse.GetValue(id)!), NewSourceFiles.DocumentPath, i => NewSourceFiles.Document(i, known));
        });
        return command;
    }

    private static Command Case()
    {
        var id = IdArgument("case");
        var sources = Folders.SourcesOption();
        var command = new Command("case", "Write sources/cases/<id>.yaml: a case's question, sources and judgments, to fill in.") { id, sources };
        command.SetAction(parse => Write(parse, sources, ValidId(parse.GetValue(id)!), NewSourceFiles.CasePath, NewSourceFiles.Case));
        return command;
    }

    private static Argument<string> IdArgument(string what) =>
        new("id") { Description = $"The new {what}'s id: lower-case words joined by hyphens; also its file name" };

    private static int Write(ParseResult parse, Option<string> sources, string id, Func<string, string, string> pathOf, Func<string, string> skeleton)
    {
        var stderr = parse.InvocationConfiguration.Error;
        var sourcesDir = parse.GetValue(sources)!;
        if (!Folders.Exists(sourcesDir, "--sources", stderr)) return ExitCodes.Usage;
        var path = pathOf(sourcesDir, id);
        AtomicFile.WriteNew(path, Encoding.UTF8.GetBytes(skeleton(id)));
        stderr.WriteLine($"wrote {path}: fill in each <fill in> value; `briefings validate` lists those left");
        return ExitCodes.Ok;
    }

    private static string ValidId(string id) => Ids.IsKebabCase(id)
        ? id
        : throw new UsageException($"'{Typesetting.Printable.Escape(id)}' is not a valid id; use lower-case letters and digits joined by single hyphens, e.g. `{Ids.Suggest(id)}`");

    /// <summary>A value for a text field: one line, as a field is written in the file.</summary>
    private static string Given(string option, string value) =>
        value.Trim().Length > 0 && !value.Any(char.IsControl)
            ? value.Trim()
            : throw new UsageException($"{option} needs a value on one line; it was empty or held a line break");
}
