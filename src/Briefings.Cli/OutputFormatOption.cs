using System.CommandLine;
using Briefings.Runs;

namespace Briefings.Cli;

/// <summary>`--format pdf,html`, shared by build and monthly: which files to write for each brief.</summary>
internal static class OutputFormatOption
{
    public static Option<IReadOnlyList<OutputFormat>> Create() => new("--format")
    {
        Description = "What to write: pdf, html, or both as pdf,html (HTML is accessible, for email and intranet pages)",
        HelpName = "pdf,html",
        DefaultValueFactory = _ => [OutputFormat.Pdf],
        CustomParser = result =>
        {
            var (formats, unknown) = OutputFormats.Parse(result.Tokens.Select(t => t.Value));
            if (formats is not null) return formats;
            result.AddError(unknown is { Length: > 0 }
                ? $"--format '{unknown}' is not known; use pdf, html or pdf,html"
                : "--format needs pdf, html or pdf,html");
            return [];
        },
    };
}
