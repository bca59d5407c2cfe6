using Briefings.Analysis;
using Briefings.Runs;
using Briefings.Runs.Digest;
using Briefings.Templates;

namespace Briefings.Cli;

/// <summary>
/// The monthly digest: the cases' outcomes as the merged manifest records them, the built cases analysed
/// again from the same sources (the merge has checked they are unchanged), rendered through
/// templates/monthly-digest.sbn-md and typeset like a brief. Up to date when its inputs (templates,
/// theme, tool, month and every case entry) are those of the last digest and its bytes are unchanged.
/// </summary>
internal sealed class DigestWriter(MonthlyInputs inputs, BriefBuilder builder, OutputFolder folder, IReadOnlyList<OutputFormat> formats, bool force)
{
    public DigestOutcome Write(Month month, IReadOnlyList<MonthCase> selection, Manifest cases, Manifest? previous)
    {
        try
        {
            return Build(month, selection, cases, previous);
        }
        catch (Exception e)
        {
            // The briefs are built; a digest that cannot be written or hits a bug fails alone, without a stack trace.
            var why = e is IOException or UnauthorizedAccessException
                ? $"{folder.Root}: error: cannot write the digest: {e.Message}"
                : $"{inputs.Settings.DigestTemplates.Main.Path}: error internal: building the digest hit a bug in briefings ({e.GetType().Name}: {e.Message}); please report it";
            return new DigestOutcome(
                formats.Select(f =>
                {
                    var file = OutputNames.Digest(month, f);
                    return folder.Failed(ManifestEntry.Failed(file, null, f, InputHash.Of([("failed", why)]), [why]), previous?.Find(file));
                }).ToList(),
                CaseState.Failed, [why]);
        }
    }

    private DigestOutcome Build(Month month, IReadOnlyList<MonthCase> selection, Manifest cases, Manifest? previous)
    {
        var hashes = formats.ToDictionary(f => f, f => InputHash.Of(
            inputs.Settings.Shared(inputs.Settings.DigestTemplates, f)
                .Append(("month", month.ToString()))
                .Concat(cases.Sorted().Outputs.Select(o => ($"output:{o.File}", $"{o.Inputs}\n{o.Status}\n{string.Join("\n", o.Errors)}")))));
        var files = formats.ToDictionary(f => f, f => OutputNames.Digest(month, f));

        // Template problems were printed when the run started; the manifest still records the errors.
        var errors = inputs.DigestTemplateProblems.Where(p => p.IsError).Select(p => p.ToString()).ToList();
        var warnings = new List<string>();
        if (errors.Count > 0 || inputs.DigestTemplates is null) return Failed(files, hashes, errors, printed: [], previous);

        if (!force && formats.All(f => previous?.Find(files[f]) is { } before && before.IsUpToDate(hashes[f], folder.HashOf(files[f]))))
            return new DigestOutcome(formats.Select(f => previous!.Find(files[f])!).ToList(), CaseState.UpToDate, []);

        var locale = inputs.Settings.Locale ?? Locale.Default;
        var shared = inputs.BriefTemplateProblems.Where(p => p.IsError).Select(p => p.ToString()).ToList();
        var model = DigestModelBuilder.Build(month, locale, selection.Select(c => Outcome(c, cases)).ToList(), shared);
        var markdown = TemplateRenderer.Render(inputs.DigestTemplates, model, locale);
        warnings.AddRange(markdown.Problems.Where(p => !p.IsError && !inputs.DigestTemplateProblems.Contains(p)).Select(p => p.ToString()));
        if (markdown.Markdown is null)
        {
            var runtime = markdown.Problems.Where(p => p.IsError).Select(p => p.ToString()).ToList();
            return Failed(files, hashes, runtime, [.. runtime, .. warnings], previous);
        }

        var typeset = builder.Typeset(markdown, $"{files[formats[0]]}.md (generated from {inputs.DigestTemplates.Main.Path})", formats);
        warnings.AddRange(typeset.Diagnostics.Where(d => d.Severity == Typesetting.Severity.Warning).Select(d => d.ToString()));
        if (!typeset.Succeeded)
        {
            var engine = typeset.Diagnostics.Where(d => d.Severity == Typesetting.Severity.Error).Select(d => d.ToString()).ToList();
            return Failed(files, hashes, engine, [.. engine, .. warnings], previous);
        }

        var entries = new List<ManifestEntry>();
        foreach (var file in typeset.Files)
        {
            folder.Write(files[file.Format], file.Bytes);
            entries.Add(ManifestEntry.Built(files[file.Format], null, file.Format, hashes[file.Format], InputHash.OfBytes(file.Bytes)));
        }
        return new DigestOutcome(entries, CaseState.Built, warnings);
    }

    /// <summary>A case as the digest reports it: failed when any of its outputs failed, else built and analysed.</summary>
    private CaseOutcome Outcome(MonthCase @case, Manifest cases)
    {
        var entries = cases.ForCase(@case.Id).ToList();
        if (entries.Count == 0 || entries.Any(e => e.Status == OutputStatus.Failed) || @case.Case is null)
            return new CaseOutcome(@case, null, [], entries.SelectMany(e => e.Errors).Distinct().ToList());
        return new CaseOutcome(@case, CaseAnalyser.Analyse(inputs.Sources.Library, @case.Case), entries.OrderBy(e => e.Format).Select(e => e.File).ToList(), []);
    }

    private DigestOutcome Failed(Dictionary<OutputFormat, string> files, Dictionary<OutputFormat, string> hashes, IReadOnlyList<string> errors, IReadOnlyList<string> printed, Manifest? previous) =>
        new(formats.Select(f => folder.Failed(ManifestEntry.Failed(files[f], null, f, hashes[f], errors), previous?.Find(files[f]))).ToList(), CaseState.Failed, printed);
}
