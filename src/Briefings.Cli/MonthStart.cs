using Briefings.Runs;

namespace Briefings.Cli;

/// <summary>
/// What both the run and the merge begin with: inputs read, the typesetter ready, the month's cases
/// chosen, and the problems that concern every output (template warnings, a broken theme) said once.
/// </summary>
internal sealed record MonthStart(MonthlyInputs Inputs, BriefBuilder Builder, IReadOnlyList<MonthCase> Selection, OutputFolder Folder)
{
    /// <summary>Null when nothing can be built at all (the theme is broken); its problems are printed.</summary>
    public static MonthStart? Open(MonthlyOptions options, RunLog log)
    {
        var inputs = MonthlyInputs.Load(options.Sources, options.Templates, options.Locale, options.PdfA);
        var (builder, themeProblems) = BriefBuilder.ForTemplates(options.Templates, SourceDateEpoch.Read(), options.PdfA);
        log.Problems(themeProblems.Select(d => d.ToString()));
        if (builder is null)
        {
            log.Problems([$"error: the theme is broken, so no brief can be printed; nothing was built"]);
            return null;
        }
        // Template problems are the same for every brief (and the digest): say them once, here.
        log.Problems(inputs.BriefTemplateProblems.Concat(inputs.DigestTemplateProblems).Distinct().Select(p => p.ToString()));

        var selection = MonthSelector.Select(inputs.Files, inputs.Sources.Library, options.Month);
        var elsewhere = CaseProblems.Elsewhere(selection, inputs.Files, inputs.Sources.Problems).Count(p => p.IsError);
        if (elsewhere > 0)
            log.Line($"note: {MonthlyRun.Count(elsewhere, "error")} in source files no case of {options.Month} uses; `briefings validate` lists them");
        return new MonthStart(inputs, builder, selection, new OutputFolder(options.Out));
    }
}
