using System.CommandLine;
using Briefings.Runs;

namespace Briefings.Cli;

/// <summary>`--format pdf,html`, shared by build and monthly: which files to write for each brief.</summary>
internal static class OutputFormatOption
{
    /// <summary>No default value on the option itself: help would print the list's type name; <see cref="Formats"/> supplies PDF.</summary>
    public static Option<IReadOnlyList<OutputFormat>?> Create() => new("--format")
    {
        Description = "What to write: pdf, html, or both as pdf,html (default: pdf; HTML is accessible, for email and intranet pages)",
        HelpName = "pdf,html",
        CustomParser = result =>
        {
            var (formats, unknown) = OutputFormats.Parse(result.Tokens.Select(t => t.Value));
            if (formats is not null) return formats;
            result.AddError(unknown is { Length: > 0 }
                ? $"--format '{unknown}' is not known; use pdf, html or pdf,html"
                : "--format needs pdf, html or pdf,html");
            return null;
        },
    };

    /// <summary>The formats asked for, PDF when none were.</summary>
    public static IReadOnlyList<OutputFormat> Formats(this ParseResult parse, Option<IReadOnlyList<OutputFormat>?> option) =>
        parse.GetValue(option) ?? [OutputFormat.Pdf];
}
