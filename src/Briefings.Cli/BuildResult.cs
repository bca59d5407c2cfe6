using Briefings.Templates;
using Briefings.Typesetting;

namespace Briefings.Cli;

/// <summary>
/// One build, in memory, before anything is written: every problem (sorted), the typeset files when it
/// succeeded, the files it read that a rebuild must watch (images, besides the sources and templates),
/// the generated Markdown of a brief (for --markdown), and when it failed the exit code and the one line
/// that says why.
/// </summary>
internal sealed record BuildResult(IReadOnlyList<Diagnostic> Problems, IReadOnlyList<TypesetFile> Files, int ExitCode, string? Failure = null)
{
    public bool Succeeded => ExitCode == ExitCodes.Ok;

    public IReadOnlyList<string> Inputs { get; init; } = [];

    public RenderedMarkdown? Brief { get; init; }

    /// <summary>Prints the problems, then why it failed if it did, as build and render always have.</summary>
    public void Report(TextWriter error)
    {
        DiagnosticReport.WriteLines(Problems, error);
        if (Failure is not null) error.WriteLine(Failure);
    }
}
