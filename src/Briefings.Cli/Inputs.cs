using Briefings.Sources;
using Briefings.Templates;
using Briefings.Templates.Model;
using Briefings.Typesetting;

namespace Briefings.Cli;

/// <summary>Loads and checks everything a build reads (sources, templates), collecting every problem.</summary>
internal static class Inputs
{
    public sealed record Loaded(LoadResult Sources, TemplateSet? Templates, IReadOnlyList<Diagnostic> Problems)
    {
        public bool HasErrors => Problems.Any(p => p.IsError);
    }

    /// <param name="withDigest">Also check the monthly digest template, when the folder has one (validate does; build need not).</param>
    public static Loaded Load(string sources, string? templates, bool withDigest = false)
    {
        var library = LibraryLoader.Load(SourceFolder.Read(sources));
        var problems = library.Problems.ToList();
        TemplateSet? set = null;
        if (templates is not null)
        {
            var (read, readProblems) = TemplateFolder.Read(templates);
            problems.AddRange(readProblems);
            if (read is not null)
            {
                problems.AddRange(TemplateRenderer.Check<BriefModel>(Briefings.Runs.RunTemplates.ForBrief(read)));
                set = read;
            }
            if (withDigest && File.Exists(Path.Combine(templates, Briefings.Runs.RunTemplates.DigestMain + TemplateFolder.Extension)))
                problems.AddRange(MonthlyInputs.ReadDigest(templates).Problems);
        }
        return new Loaded(library, set, DiagnosticOrder.Sort(problems));
    }
}
