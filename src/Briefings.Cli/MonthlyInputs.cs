using Briefings.Runs;
using Briefings.Runs.Digest;
using Briefings.Sources;
using Briefings.Templates;
using Briefings.Templates.Model;
using Briefings.Typesetting;

namespace Briefings.Cli;

/// <summary>
/// Everything a monthly run reads, read once: the sources (all files, parsed, every problem), the brief
/// and digest templates (each checked against its own view model), the theme, and the settings every
/// output's input hash shares. Problems are kept, not acted on: each case decides whether they concern it.
/// </summary>
internal sealed record MonthlyInputs(
    SourceFileSet Files,
    LoadResult Sources,
    TemplateSet? BriefTemplates,
    IReadOnlyList<Diagnostic> BriefTemplateProblems,
    TemplateSet? DigestTemplates,
    IReadOnlyList<Diagnostic> DigestTemplateProblems,
    RunSettings Settings)
{
    public static MonthlyInputs Load(string sourcesDir, string templatesDir, Locale? locale, bool pdfA = false)
    {
        var files = SourceFolder.Read(sourcesDir);
        var sources = LibraryLoader.Load(files);

        var (brief, briefProblems) = Read(templatesDir, TemplateFolder.BriefTemplate, RunTemplates.ForBrief, TemplateRenderer.Check<BriefModel>);
        var (digest, digestProblems) = ReadDigest(templatesDir);
        var themePath = Path.Combine(templatesDir, BriefBuilder.ThemeFile);
        var settings = new RunSettings(
            ToolVersion.Fingerprint,
            locale,
            Environment.GetEnvironmentVariable("SOURCE_DATE_EPOCH"),
            brief ?? Empty(TemplateFolder.BriefTemplate),
            digest ?? Empty(RunTemplates.DigestMain),
            ThemeText(themePath),
            pdfA);
        return new MonthlyInputs(files, sources, brief, briefProblems, digest, digestProblems, settings);
    }

    internal static (TemplateSet? Set, IReadOnlyList<Diagnostic> Problems) Read(string root, string main, Func<TemplateSet, TemplateSet> share, Func<TemplateSet, IReadOnlyList<Diagnostic>> check)
    {
        var (read, problems) = TemplateFolder.Read(root, main);
        if (read is null) return (null, problems);
        var set = share(read);
        return (set, DiagnosticOrder.Sort(problems.Concat(check(set))));
    }

    /// <summary>The monthly digest's templates, checked against the digest's own view model.</summary>
    internal static (TemplateSet? Set, IReadOnlyList<Diagnostic> Problems) ReadDigest(string templatesDir) =>
        Read(templatesDir, RunTemplates.DigestMain, RunTemplates.ForDigest, TemplateRenderer.Check<DigestModel>);

    /// <summary>The theme's text for input hashes; a theme that cannot be read is reported when it is loaded, not here.</summary>
    private static string? ThemeText(string path)
    {
        try
        {
            return Typesetting.Files.FileKinds.Of(path, followLinks: false) == Typesetting.Files.FileKind.Missing ? null : Typesetting.Files.InputFile.ReadText(path);
        }
        catch (Typesetting.Files.InputFileException e)
        {
            return "unreadable: " + e.Message;
        }
    }

    /// <summary>Stands in for a template file that is missing, so input hashes can still be taken; the missing file is itself the reported problem.</summary>
    private static TemplateSet Empty(string name) => new(new TemplateFile(name, name, ""), []);
}
