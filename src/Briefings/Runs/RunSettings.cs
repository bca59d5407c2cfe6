using Briefings.Templates;

namespace Briefings.Runs;

/// <summary>
/// What every output of a run depends on besides its own case: the tool (its version and the identity
/// of its code, so a rebuilt tool rebuilds everything), the locale forced on the command line if any,
/// the templates, the theme, SOURCE_DATE_EPOCH (the PDF's date when a brief's own date is not ISO), and
/// whether PDFs are archival (PDF/A), so switching --pdfa on or off rebuilds the PDFs.
/// </summary>
public sealed record RunSettings(string Tool, Locale? Locale, string? SourceDateEpoch, TemplateSet BriefTemplates, TemplateSet DigestTemplates, string? Theme, bool PdfA = false)
{
    public IEnumerable<(string Name, string Text)> Shared(TemplateSet templates, OutputFormat format)
    {
        yield return ("tool", Tool);
        yield return ("format", format.Extension());
        yield return ("locale", Locale?.Name ?? "");
        foreach (var file in templates.All) yield return ($"template:{file.Name}", file.Text);
        yield return ("theme", Theme ?? "");
        yield return ("source-date-epoch", SourceDateEpoch ?? "");
        if (format == OutputFormat.Pdf) yield return ("pdfa", PdfA ? "yes" : "no");
    }
}
