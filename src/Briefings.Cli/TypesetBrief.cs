using Briefings.Runs;
using Briefings.Typesetting;

namespace Briefings.Cli;

/// <summary>
/// A document typeset in every asked-for format, or none of them (then the diagnostics say why), with the
/// files it read besides its Markdown.
/// </summary>
internal sealed record TypesetBrief(IReadOnlyList<TypesetFile> Files, IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<string> Inputs)
{
    public bool Succeeded => Files.Count > 0;

    /// <summary>Each format in turn; the first that fails stops the rest, so nothing half-made is written.</summary>
    public static TypesetBrief Of(Typesetter typesetter, RenderRequest request, IReadOnlyList<OutputFormat> formats)
    {
        var files = new List<TypesetFile>();
        var diagnostics = new List<Diagnostic>();
        IReadOnlyList<string> inputs = [];
        foreach (var format in formats)
        {
            var result = format == OutputFormat.Pdf ? typesetter.RenderPdf(request) : typesetter.RenderHtml(request);
            diagnostics.AddRange(result.Diagnostics);
            inputs = result.Inputs;
            if (result.Bytes is null) return new TypesetBrief([], DiagnosticOrder.Sort(diagnostics), inputs);
            files.Add(new TypesetFile(format, result.Bytes, result.PageCount));
        }
        return new TypesetBrief(files, DiagnosticOrder.Sort(diagnostics), inputs);
    }
}
