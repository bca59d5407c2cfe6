using System.CommandLine;
using System.Diagnostics;
using Briefings.Runs;

namespace Briefings.Cli;

/// <summary>
/// `briefings monthly`: select the month's cases, build this machine's share of them in parallel, then
/// either leave a shard manifest for the merge step or, unsharded, finish the month here (digest,
/// manifest.json). One bad case never stops the others; the exit code says 1 at the end if any failed.
/// </summary>
internal static class MonthlyRun
{
    public static int Run(MonthlyOptions options, InvocationConfiguration io) => RunGuard.Run(options, io, Run);

    private static int Run(MonthlyOptions options, RunLog log)
    {
        var watch = Stopwatch.StartNew();
        var start = MonthStart.Open(options, log);
        if (start is null) return ExitCodes.InvalidInput;

        var share = options.Shard.Take(start.Selection);
        var previousMain = start.Folder.ReadPrevious(Manifest.FileName, options.Month);
        var previousShard = options.Shard.IsWhole ? null : start.Folder.ReadPrevious(options.Shard.ManifestName, options.Month);
        // A shard trusts its own last manifest first, then the month's: either may record a file it can keep.
        var previous = new Dictionary<string, ManifestEntry>(StringComparer.Ordinal);
        foreach (var entry in (previousShard?.Outputs ?? []).Concat(previousMain?.Outputs ?? []))
            previous.TryAdd(entry.File, entry);

        var builder = new CaseBuilder(start.Inputs, start.Builder, start.Folder, options.Formats, previous, options.Force);
        var results = new CaseResult[share.Count];
        var title = options.Shard.IsWhole
            ? $"monthly {options.Month}: {Count(share.Count, "case")} into {start.Folder.Root}"
            : $"monthly {options.Month} shard {options.Shard}: {share.Count} of {Count(start.Selection.Count, "case")} into {start.Folder.Root}";
        log.Cases(title, share.Count, report =>
            Parallel.For(0, share.Count, new ParallelOptions { MaxDegreeOfParallelism = options.Jobs }, i =>
            {
                report.Started(share[i].Id);
                results[i] = builder.Build(share[i]);
                report.Finished(results[i]);
            }));

        var built = new Manifest(options.Month.ToString(), ToolVersion.Name, options.Shard, share.Select(c => c.Id).ToList(),
            results.SelectMany(r => r.Entries).ToList()).Sorted();
        var tally = Tally(results);
        var failed = results.Any(r => r.State == CaseState.Failed);

        if (!options.Shard.IsWhole)
        {
            start.Folder.WriteIfChanged(options.Shard.ManifestName, ManifestJson.Write(built));
            log.Line($"monthly {options.Month} shard {options.Shard}: {tally}; wrote {options.Shard.ManifestName} in {watch.Elapsed.TotalSeconds:0.0} s; " +
                     $"when every shard has run: briefings monthly merge --month {options.Month}");
            return failed ? ExitCodes.InvalidInput : ExitCodes.Ok;
        }

        var merged = ManifestMerger.Merge(options.Month, start.Selection, [("this run", built)]);
        if (merged.Merged is null)
        {
            log.Problems(merged.Errors.Select(e => $"error: {e}"));
            return ExitCodes.InvalidInput;
        }
        var digest = MonthFinisher.Finish(start, options, merged.Merged, previousMain, log);
        log.Line($"monthly {options.Month}: {tally}; digest {Said(digest.State)}; {start.Folder.Root} in {watch.Elapsed.TotalSeconds:0.0} s");
        return failed || digest.State == CaseState.Failed ? ExitCodes.InvalidInput : ExitCodes.Ok;
    }

    private static string Tally(IReadOnlyList<CaseResult> results) =>
        $"{results.Count(r => r.State == CaseState.Built)} built, {results.Count(r => r.State == CaseState.UpToDate)} up to date, {results.Count(r => r.State == CaseState.Failed)} failed";

    internal static string Said(CaseState state) => state switch
    {
        CaseState.Built => "built",
        CaseState.UpToDate => "up to date",
        _ => "FAILED",
    };

    internal static string Count(int n, string noun) => $"{n} {noun}{(n == 1 ? "" : "s")}";
}
