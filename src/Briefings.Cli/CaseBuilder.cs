using System.Diagnostics;
using Briefings.Runs;
using Briefings.Templates;
using Briefings.Templates.Model;
using Briefings.Typesetting;

namespace Briefings.Cli;

/// <summary>
/// Builds one case of a monthly run, isolated from the others: its problems (and only its) fail it; an
/// output whose inputs and bytes match the previous manifest is left alone; new bytes are written
/// atomically. Safe to call from several threads at once: templates are compiled once per locale and
/// shared, and each case writes only its own files.
/// </summary>
internal sealed class CaseBuilder
{
    private readonly MonthlyInputs _inputs;
    private readonly BriefBuilder _builder;
    private readonly OutputFolder _folder;
    private readonly IReadOnlyList<OutputFormat> _formats;
    private readonly IReadOnlyDictionary<string, ManifestEntry> _previous;
    private readonly bool _force;
    private readonly IReadOnlyList<Diagnostic> _templateErrors;
    private readonly IReadOnlySet<string> _templateErrorLines;
    private readonly IReadOnlyDictionary<Locale, Lazy<CompiledTemplate<BriefModel>>> _compiled;

    public CaseBuilder(MonthlyInputs inputs, BriefBuilder builder, OutputFolder folder, IReadOnlyList<OutputFormat> formats,
        IReadOnlyDictionary<string, ManifestEntry> previous, bool force)
    {
        (_inputs, _builder, _folder, _formats, _previous, _force) = (inputs, builder, folder, formats, previous, force);
        // Template problems are the same for every case: their errors fail each case (and stay in each
        // manifest entry), but the run prints them once, not once per case.
        _templateErrors = inputs.BriefTemplateProblems.Where(p => p.IsError).ToList();
        _templateErrorLines = _templateErrors.Select(p => p.ToString()).ToHashSet(StringComparer.Ordinal);
        var templates = inputs.BriefTemplates;
        _compiled = Locale.All.ToDictionary(
            l => l,
            l => new Lazy<CompiledTemplate<BriefModel>>(() => TemplateRenderer.Compile<BriefModel>(templates!, l)));
    }

    public CaseResult Build(MonthCase @case)
    {
        var watch = Stopwatch.StartNew();
        var inputs = _formats.ToDictionary(f => f, f => CaseInputs.Hash(@case, _inputs.Files, _inputs.Settings, f));
        try
        {
            var problems = CaseProblems.Of(@case, _inputs.Files, _inputs.Sources.Problems, _templateErrors);
            var warnings = problems.Where(p => !p.IsError).Select(p => p.ToString()).ToList();
            if (problems.Any(p => p.IsError) || @case.Case is null || _inputs.BriefTemplates is null)
                return Failed(@case, inputs, problems.Where(p => p.IsError).Select(p => p.ToString()).ToList(), warnings, watch);

            var previous = _formats.ToDictionary(f => f, f => _previous.GetValueOrDefault(OutputNames.Brief(@case.Id, f)));
            var stale = _formats
                .Where(f => _force || previous[f] is not { } before || !before.IsUpToDate(inputs[f], _folder.HashOf(OutputNames.Brief(@case.Id, f))))
                .ToList();
            if (stale.Count == 0)
                return new CaseResult(@case, CaseState.UpToDate, _formats.Select(f => previous[f]!).ToList(), warnings, 0, 0, watch.Elapsed);

            var brief = BriefPipeline.Render(_inputs.Sources.Library, @case.Case, locale => _compiled[locale].Value, _inputs.Settings.Locale);
            warnings.AddRange(brief.Problems.Where(p => !p.IsError && !_inputs.BriefTemplateProblems.Contains(p)).Select(p => p.ToString()));
            if (brief.Markdown is null)
                return Failed(@case, inputs, brief.Problems.Where(p => p.IsError).Select(p => p.ToString()).ToList(), warnings, watch);

            var sourceName = $"{@case.Id}.md (generated from {@case.File}; `briefings build {@case.Id} --markdown {@case.Id}.md` writes it)";
            var typeset = _builder.Typeset(brief, sourceName, stale);
            warnings.AddRange(typeset.Diagnostics.Where(d => d.Severity == Typesetting.Severity.Warning).Select(d => d.ToString()));
            if (!typeset.Succeeded)
                return Failed(@case, inputs, typeset.Diagnostics.Where(d => d.Severity == Typesetting.Severity.Error).Select(d => d.ToString()).ToList(), warnings, watch);

            var entries = new List<ManifestEntry>();
            foreach (var format in _formats)
            {
                var file = OutputNames.Brief(@case.Id, format);
                if (typeset.Files.FirstOrDefault(f => f.Format == format) is { } written)
                {
                    _folder.Write(file, written.Bytes);
                    entries.Add(ManifestEntry.Built(file, @case.Id, format, inputs[format], InputHash.OfBytes(written.Bytes)));
                }
                else entries.Add(previous[format]!);
            }
            return new CaseResult(@case, CaseState.Built, entries, warnings, 0, typeset.Files.Sum(f => f.Pages), watch.Elapsed);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Failed(@case, inputs, [$"{_folder.Root}: error: cannot write the brief of {@case.Id}: {e.Message}"], [], watch);
        }
        catch (Exception e)
        {
            // A bug, not the analyst's mistake; it must still not take the other cases down with it.
            return Failed(@case, inputs, [$"{@case.File}: error internal: building this case hit a bug in briefings ({e.GetType().Name}: {e.Message}); please report it"], [], watch);
        }
    }

    private CaseResult Failed(MonthCase @case, IReadOnlyDictionary<OutputFormat, string> inputs, IReadOnlyList<string> errors, IReadOnlyList<string> warnings, Stopwatch watch)
    {
        if (errors.Count == 0) errors = [$"{@case.File}: error: the case could not be read; run `briefings validate` for details"];
        var entries = _formats.Select(f =>
        {
            var file = OutputNames.Brief(@case.Id, f);
            return _folder.Failed(ManifestEntry.Failed(file, @case.Id, f, inputs[f], errors), _previous.GetValueOrDefault(file));
        }).ToList();
        // Template errors are the same for every case and are printed once for the run; the manifest keeps them per case.
        var shown = errors.Where(e => !_templateErrorLines.Contains(e)).Concat(warnings).ToList();
        return new CaseResult(@case, CaseState.Failed, entries, shown, errors.Count, 0, watch.Elapsed);
    }
}
