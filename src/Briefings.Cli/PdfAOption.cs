using System.CommandLine;

namespace Briefings.Cli;

/// <summary>`--pdfa`: the archival form of the PDF, for briefs kept on the record.</summary>
internal static class PdfAOption
{
    public static Option<bool> Create() => new("--pdfa")
    {
        Description = "Write PDF/A-2a for the record (sRGB output intent, identified in XMP) as well as PDF/UA-1",
    };
}
