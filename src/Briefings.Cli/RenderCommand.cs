using System.CommandLine;
using Briefings.Typesetting;
using Briefings.Typesetting.Files;

namespace Briefings.Cli;

/// <summary>`briefings render notes.md -o notes.pdf`: the engine alone, on any Markdown file.</summary>
internal static class RenderCommand
{
    public static Command Create()
    {
        var input = new Argument<string>("input") { Description = "Markdown file to typeset" };
        var output = OutputOption.Create("--output", "-o", "File to write (default: the input's name with .pdf or .html), or - for standard output", "file");
        var theme = new Option<FileInfo?>("--theme") { Description = "Theme YAML (margins, sizes, colours, fonts); default: built-in" };
        var format = new Option<string>("--format") { Description = "pdf or html", DefaultValueFactory = _ => "pdf" };
        format.AcceptOnlyFromAmong("pdf", "html");
        var pdfA = PdfAOption.Create();
        var command = new Command("render", "Typeset one Markdown file as a PDF (or accessible HTML).") { input, output, theme, format, pdfA };
        command.SetAction(parse =>
        {
            var error = parse.InvocationConfiguration.Error;
            var file = parse.GetValue(input)!;
            var html = parse.GetValue(format) == "html";
            var target = parse.GetValue(output) ?? Path.ChangeExtension(file, html ? ".html" : ".pdf");
            var fallbackDate = SourceDateEpoch.Read();
            string markdown;
            try
            {
                markdown = InputFile.ReadText(file);
            }
            catch (InputFileException e)
            {
                error.WriteLine(Diagnostic.Error(file, e.Line, e.Column, "read-error", "the file " + e.Message).ToString());
                return ExitCodes.InvalidInput;
            }
            var loaded = Themes.Load(parse.GetValue(theme)?.FullName, error);
            if (loaded is null) return ExitCodes.InvalidInput;

            var request = new RenderRequest(markdown, file)
            {
                BaseDirectory = Path.GetDirectoryName(Path.GetFullPath(file)) ?? ".",
                FallbackDate = fallbackDate,
                PdfA = parse.GetValue(pdfA),
            };
            var typesetter = new Typesetter(loaded);
            var result = html ? typesetter.RenderHtml(request) : typesetter.RenderPdf(request);
            DiagnosticReport.Print(result.Diagnostics, error);
            if (!result.Succeeded) return ExitCodes.InvalidInput;
            OutputOption.Write(target, result.Bytes);
            error.WriteLine(html ? $"wrote {OutputOption.Shown(target)}" : $"wrote {OutputOption.Shown(target)} ({result.PageCount} pages)");
            return ExitCodes.Ok;
        });
        return command;
    }
}
