using System.CommandLine;
using Briefings.Runs;
using Briefings.Templates;

namespace Briefings.Cli;

/// <summary>
/// `briefings build &lt;case-id&gt;`: validate everything, refuse on any error, render the case's brief to
/// Markdown through the templates, typeset it and write the PDF (and with --format pdf,html the HTML beside
/// it) atomically (default out/&lt;case-id&gt;.pdf).
/// </summary>
internal static class BuildCommand
{
    public static Command Create()
    {
        var output = OutputOption.Create("--output", "-o", "PDF to write (default: out/<case-id>.pdf), or - for standard output; HTML goes beside it as .html", "file");
        var sources = Folders.SourcesOption();
        var caseId = CaseIdArgument.Create("case-id", "Id of the case to build (see `briefings list`)", sources);
        var templates = Folders.TemplatesOption();
        var locale = new Option<string?>("--locale") { Description = "Language conventions for dates, numbers and lists: en-GB or en-US (default: the case's, else en-GB)" };
        locale.AcceptOnlyFromAmong(Locale.All.Select(l => l.Name).ToArray());
        var markdown = OutputOption.Create("--markdown", "", "Also write the generated Markdown here, to inspect or to render alone", "file");
        var format = OutputFormatOption.Create();
        var pdfA = PdfAOption.Create();
        var command = new Command("build", "Build one case's brief as a PDF, after validating every source and template.")
        {
            caseId, output, sources, templates, locale, markdown, format, pdfA,
        };
        command.SetAction(parse => Run(
            parse.InvocationConfiguration.Error,
            parse.GetValue(caseId)!,
            parse.GetValue(output),
            parse.GetValue(sources)!,
            parse.GetValue(templates)!,
            parse.GetValue(locale) is { } name ? Locale.Find(name) : null,
            parse.GetValue(markdown),
            parse.Formats(format),
            parse.GetValue(pdfA)));
        return command;
    }

    private static int Run(TextWriter error, string caseId, string? output, string sourcesDir, string templatesDir, Locale? locale, string? markdownPath, IReadOnlyList<OutputFormat> formats, bool pdfA)
    {
        if (!Folders.Exists(sourcesDir, "--sources", error) || !Folders.Exists(templatesDir, "--templates", error)) return ExitCodes.Usage;
        if (output == AtomicFile.StandardOutput && formats.Count > 1)
            throw new UsageException("-o - writes one document to standard output; ask for one --format (pdf or html)");
        var outcome = CaseBuild.Run(new CaseRequest(sourcesDir, templatesDir, caseId, locale, formats, pdfA, SourceDateEpoch.Read(), markdownPath));
        outcome.Report(error);
        if (markdownPath is not null && outcome.Brief is { Succeeded: true } brief) OutputOption.Write(markdownPath, System.Text.Encoding.UTF8.GetBytes(brief.Standalone()));
        if (!outcome.Succeeded) return outcome.ExitCode;

        var pdfTarget = output ?? Path.Combine("out", caseId + ".pdf");
        foreach (var file in outcome.Files)
        {
            var target = file.Format == OutputFormat.Pdf || pdfTarget == AtomicFile.StandardOutput ? pdfTarget : Path.ChangeExtension(pdfTarget, ".html");
            OutputOption.Write(target, file.Bytes);
            error.WriteLine(file.Format == OutputFormat.Pdf ? $"wrote {OutputOption.Shown(target)} ({file.Pages} pages{(pdfA ? ", PDF/A-2a" : "")})" : $"wrote {OutputOption.Shown(target)}");
        }
        return ExitCodes.Ok;
    }
}
