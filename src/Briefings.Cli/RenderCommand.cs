using System.CommandLine;
using Briefings.Runs;

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
            var result = MarkdownBuild.Run(new MarkdownRequest(file, parse.GetValue(theme)?.FullName, [html ? OutputFormat.Html : OutputFormat.Pdf], parse.GetValue(pdfA), SourceDateEpoch.Read()));
            result.Report(error);
            if (!result.Succeeded) return result.ExitCode;
            OutputOption.Write(target, result.Files[0].Bytes);
            error.WriteLine(html ? $"wrote {OutputOption.Shown(target)}" : $"wrote {OutputOption.Shown(target)} ({result.Files[0].Pages} pages{(parse.GetValue(pdfA) ? ", PDF/A-2a" : "")})");
            return ExitCodes.Ok;
        });
        return command;
    }
}
