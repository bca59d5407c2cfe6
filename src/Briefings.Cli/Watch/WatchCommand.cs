using System.CommandLine;
using Briefings.Runs;
using Briefings.Templates;

namespace Briefings.Cli.Watch;

/// <summary>
/// `briefings watch &lt;case-id | notes.md&gt;`: build, then rebuild on every saved change until Ctrl-C, and with
/// --serve show the HTML twin in a browser that reloads itself.
/// </summary>
internal static class WatchCommand
{
    public const int DefaultPort = 8765;

    public static Command Create()
    {
        var output = OutputOption.Create("--output", "-o", "PDF to keep current (default: out/<case-id>.pdf, or the Markdown file's name with .pdf)", "file");
        var sources = Folders.SourcesOption();
        var what = CaseIdArgument.Create("case-id | file.md", "A case to build (as `build` does) or a Markdown file to typeset (as `render` does)", sources);
        var templates = Folders.TemplatesOption();
        var theme = new Option<FileInfo?>("--theme") { Description = "For a Markdown file: theme YAML (default: built-in)" };
        var locale = new Option<string?>("--locale") { Description = "For a case: en-GB or en-US (default: the case's, else en-GB)" };
        locale.AcceptOnlyFromAmong(Locale.All.Select(l => l.Name).ToArray());
        var format = OutputFormatOption.Create();
        var pdfA = PdfAOption.Create();
        var serve = new Option<int?>("--serve")
        {
            Description = $"Also serve the HTML twin at http://127.0.0.1:<port>/ (default port {DefaultPort}); the page reloads itself after each rebuild",
            HelpName = "port",
            Arity = ArgumentArity.ZeroOrOne,
            CustomParser = result =>
            {
                if (result.Tokens.Count == 0) return DefaultPort;
                if (int.TryParse(result.Tokens[0].Value, out var port) && port is >= 1 and <= 65535) return port;
                result.AddError($"--serve takes a port from 1 to 65535, not '{result.Tokens[0].Value}'");
                return null;
            },
        };
        var command = new Command("watch", "Build a case's brief (or typeset a Markdown file), then rebuild it on every saved change; Ctrl-C stops.")
        {
            what, output, sources, templates, theme, locale, format, pdfA, serve,
        };
        command.SetAction(parse =>
        {
            var error = parse.InvocationConfiguration.Error;
            var name = parse.GetValue(what)!;
            if (parse.GetValue(output) == AtomicFile.StandardOutput) throw new UsageException("watch keeps a file current; -o - (standard output) cannot be watched, name a file");
            var formats = parse.Formats(format);
            var port = parse.GetValue(serve);
            var built = port is null ? formats : [.. formats.Union([OutputFormat.Pdf, OutputFormat.Html])];
            IWatchTarget target;
            if (IsMarkdown(name))
            {
                target = new MarkdownTarget(new MarkdownRequest(name, parse.GetValue(theme)?.FullName, built, parse.GetValue(pdfA), SourceDateEpoch.Read()),
                    parse.GetValue(output) ?? Path.ChangeExtension(name, ".pdf"));
            }
            else
            {
                var (sourcesDir, templatesDir) = (parse.GetValue(sources)!, parse.GetValue(templates)!);
                if (!Folders.Exists(sourcesDir, "--sources", error) || !Folders.Exists(templatesDir, "--templates", error)) return ExitCodes.Usage;
                var localeName = parse.GetValue(locale);
                target = new CaseTarget(new CaseRequest(sourcesDir, templatesDir, name, localeName is null ? null : Locale.Find(localeName), built, parse.GetValue(pdfA), SourceDateEpoch.Read()),
                    parse.GetValue(output) ?? Path.Combine("out", name + ".pdf"));
            }
            using var interrupt = new Interrupt();
            return Run(target, formats.Contains(OutputFormat.Html), port, error, interrupt.Token);
        });
        return command;
    }

    /// <summary>Watches until <paramref name="stop"/>; the preview, when asked for, lives exactly as long.</summary>
    public static int Run(IWatchTarget target, bool writeHtml, int? port, TextWriter log, CancellationToken stop)
    {
        using var server = port is { } p ? PreviewServer.Start(p, target.Name) : null;
        log.WriteLine($"watching {target.Name}; Ctrl-C stops" + (server is null ? "" : $"; preview at {server.Url}"));
        return new WatchLoop(target, writeHtml, log, server).Run(stop).GetAwaiter().GetResult();
    }

    /// <summary>A Markdown file is named by its extension; anything else is a case id.</summary>
    private static bool IsMarkdown(string name) =>
        name.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".markdown", StringComparison.OrdinalIgnoreCase);
}
