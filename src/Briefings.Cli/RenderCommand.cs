using System.CommandLine;
using Briefings.Typesetting;

namespace Briefings.Cli;

/// <summary>`briefings render notes.md -o notes.pdf`: the engine alone, on any Markdown file.</summary>
internal static class RenderCommand
{
    public static Command Create()
    {
        var input = new Argument<FileInfo>("input") { Description = "Markdown file to typeset" };
        var output = new Option<FileInfo?>("--output", "-o") { Description = "File to write (default: the input's name with .pdf or .html)" };
        var theme = new Option<FileInfo?>("--theme") { Description = "Theme YAML (margins, sizes, colours, fonts); default: built-in" };
        var format = new Option<string>("--format") { Description = "pdf or html", DefaultValueFactory = _ => "pdf" };
        format.AcceptOnlyFromAmong("pdf", "html");
        var pdfA = PdfAOption.Create();
        var command = new Command("render", "Typeset one Markdown file as a PDF (or accessible HTML).") { input, output, theme, format, pdfA };
        command.SetAction(parse =>
        {
            var file = parse.GetValue(input)!;
            var html = parse.GetValue(format) == "html";
            var target = parse.GetValue(output)?.FullName ?? Path.ChangeExtension(file.FullName, html ? ".html" : ".pdf");
            if (!file.Exists)
            {
                Console.Error.WriteLine($"{file}: error: file not found");
                return ExitCodes.InvalidInput;
            }
            var loaded = Themes.Load(parse.GetValue(theme)?.FullName);
            if (loaded is null) return ExitCodes.InvalidInput;

            var request = new RenderRequest(File.ReadAllText(file.FullName), file.ToString())
            {
                BaseDirectory = file.DirectoryName ?? ".",
                FallbackDate = SourceDateEpoch.Read(),
                PdfA = parse.GetValue(pdfA),
            };
            var typesetter = new Typesetter(loaded);
            var result = html ? typesetter.RenderHtml(request) : typesetter.RenderPdf(request);
            Diagnostics.Print(result.Diagnostics);
            if (!result.Succeeded) return ExitCodes.InvalidInput;
            AtomicFile.WriteAllBytes(target, result.Bytes);
            Console.Error.WriteLine(html ? $"wrote {target}" : $"wrote {target} ({result.PageCount} pages)");
            return ExitCodes.Ok;
        });
        return command;
    }
}
