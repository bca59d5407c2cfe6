using Briefings.Runs;
using Briefings.Templates;

namespace Briefings.Cli;

/// <summary>A monthly run's settings, as parsed from the command line.</summary>
internal sealed record MonthlyOptions(
    Month Month,
    string Out,
    string Sources,
    string Templates,
    Locale? Locale,
    IReadOnlyList<OutputFormat> Formats,
    int Jobs,
    bool Force,
    Shard Shard,
    bool PdfA = false);
