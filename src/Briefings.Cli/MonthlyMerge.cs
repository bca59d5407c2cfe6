using System.CommandLine;
using System.Diagnostics;
using Briefings.Runs;

namespace Briefings.Cli;

/// <summary>
/// `briefings monthly merge`: after every `monthly --shard i/n` has run into the same folder, check that
/// the shards add up to the month (each case once, from the sources as they are now), then build the
/// digest and write manifest.json. Refuses, exit 1, with what to re-run when they do not.
/// </summary>
internal static class MonthlyMerge
{
    public static int Run(MonthlyOptions options, InvocationConfiguration io) => RunGuard.Run(options, io, Run);

    private static int Run(MonthlyOptions options, RunLog log)
    {
        var watch = Stopwatch.StartNew();
        var start = MonthStart.Open(options, log);
        if (start is null) return ExitCodes.InvalidInput;

        var shards = new List<(string, Manifest)>();
        foreach (var name in start.Folder.ShardManifestNames())
        {
            var (manifest, error) = start.Folder.ReadManifest(name);
            if (manifest is null)
            {
                log.Problems([$"error: {error}; run that shard again, then merge"]);
                return ExitCodes.InvalidInput;
            }
            shards.Add((name, manifest));
        }

        var byCase = start.Selection.ToDictionary(c => c.Id, StringComparer.Ordinal);
        var current = shards
            .SelectMany(s => s.Item2.Outputs)
            .Where(o => o.Case is not null && byCase.ContainsKey(o.Case))
            .DistinctBy(o => o.File)
            .ToDictionary(o => o.File, o => CaseInputs.Hash(byCase[o.Case!], start.Inputs.Files, start.Inputs.Settings, o.Format), StringComparer.Ordinal);
        var merged = ManifestMerger.Merge(options.Month, start.Selection, shards, current);
        if (merged.Merged is null)
        {
            log.Problems(merged.Errors.Select(e => $"{start.Folder.Root}: error: {e}"));
            log.Line($"monthly {options.Month} merge: refused; nothing written");
            return ExitCodes.InvalidInput;
        }

        var previous = start.Folder.ReadPrevious(Manifest.FileName, options.Month);
        var digest = MonthFinisher.Finish(start, options, merged.Merged, previous, log);
        var failed = merged.Merged.Cases.Where(id => merged.Merged.ForCase(id).Any(o => o.Status == OutputStatus.Failed)).ToList();
        // Say again what failed in the shards, so the merge's own log is enough to act on.
        log.Problems(failed.SelectMany(id => merged.Merged.ForCase(id).SelectMany(o => o.Errors)).Distinct());
        log.Line($"monthly {options.Month} merge: {MonthlyRun.Count(shards.Count, "shard")}, {MonthlyRun.Count(merged.Merged.Cases.Count, "case")} " +
                 $"({merged.Merged.Cases.Count - failed.Count} ok, {failed.Count} failed); digest {MonthlyRun.Said(digest.State)}; {start.Folder.Root} in {watch.Elapsed.TotalSeconds:0.0} s");
        return failed.Count > 0 || digest.State == CaseState.Failed ? ExitCodes.InvalidInput : ExitCodes.Ok;
    }
}
