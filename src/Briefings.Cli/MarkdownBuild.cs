using Briefings.Runs;
using Briefings.Typesetting;
using Briefings.Typesetting.Files;

namespace Briefings.Cli;

/// <summary>What typesetting one Markdown file asks for.</summary>
internal sealed record MarkdownRequest(string File, string? ThemePath, IReadOnlyList<OutputFormat> Formats, bool PdfA, DateTimeOffset? FallbackDate);

/// <summary>
/// Typesets one Markdown file without writing anything: the engine alone, knowing nothing about briefs.
/// `render` writes what it returns once; `watch notes.md` calls it on every change.
/// </summary>
internal static class MarkdownBuild
{
    /// <param name="typesetters">Keeps the typesetter across calls while the theme is unchanged (watch); null makes a new one.</param>
    public static BuildResult Run(MarkdownRequest request, Watch.ThemeKeyed<Typesetter>? typesetters = null)
    {
        string markdown;
        try
        {
            markdown = InputFile.ReadText(request.File);
        }
        catch (InputFileException e)
        {
            return new BuildResult([Diagnostic.Error(request.File, e.Line, e.Column, "read-error", "the file " + e.Message)], [], ExitCodes.InvalidInput);
        }
        var (typesetter, problems) = typesetters is null ? TypesetterFor(request.ThemePath) : typesetters.Get(request.ThemePath, () => TypesetterFor(request.ThemePath));
        if (typesetter is null) return new BuildResult(DiagnosticOrder.Sort(problems), [], ExitCodes.InvalidInput);

        var renderRequest = new RenderRequest(markdown, request.File)
        {
            BaseDirectory = Path.GetDirectoryName(Path.GetFullPath(request.File)) ?? ".",
            FallbackDate = request.FallbackDate,
            PdfA = request.PdfA,
        };
        var typeset = TypesetBrief.Of(typesetter, renderRequest, request.Formats);
        return new BuildResult(DiagnosticOrder.Sort(problems.Concat(typeset.Diagnostics)), typeset.Files, typeset.Succeeded ? ExitCodes.Ok : ExitCodes.InvalidInput)
        {
            Inputs = typeset.Inputs,
        };
    }

    private static (Typesetter? Typesetter, IReadOnlyList<Diagnostic> Problems) TypesetterFor(string? themePath)
    {
        var (theme, problems) = themePath is null ? (Theme.Default, []) : Theme.Load(themePath);
        return (theme is null ? null : new Typesetter(theme), problems);
    }
}
