namespace Briefings.Runs;

/// <summary>
/// Joins the shards' manifests into the month's, after proving they add up: one month, one build of the
/// tool, every shard of the same split present once, and every case of the month built by exactly one
/// shard from the inputs as they are now. Anything else is refused with a message that says what to
/// re-run, because a digest over a silently incomplete month would mislead.
/// </summary>
public static class ManifestMerger
{
    public sealed record Result(Manifest? Merged, IReadOnlyList<string> Errors);

    /// <param name="currentInputs">The inputs hash of every case output as the sources stand now, by file;
    /// null to skip the check (when the shards ran in this same process).</param>
    public static Result Merge(
        Month month,
        IReadOnlyList<MonthCase> expected,
        IReadOnlyList<(string Path, Manifest Manifest)> shards,
        IReadOnlyDictionary<string, string>? currentInputs = null)
    {
        var errors = new List<string>();
        if (shards.Count == 0) return new Result(null, ["no shard manifests to merge; run the shards first (`briefings monthly --shard i/n`)"]);

        foreach (var (path, manifest) in shards)
        {
            if (manifest.Month != month.ToString())
                errors.Add($"{path}: is for {manifest.Month}, not {month}");
            if (manifest.Shard is null)
                errors.Add($"{path}: is not a shard manifest (it has no \"shard\")");
        }
        var tools = shards.Select(s => s.Manifest.Tool).Distinct().Order(StringComparer.Ordinal).ToList();
        if (tools.Count > 1)
            errors.Add($"shards were built by different versions of the tool ({string.Join(", ", tools)}); run them again with one version");

        var split = shards.Where(s => s.Manifest.Shard is not null).ToList();
        var counts = split.Select(s => s.Manifest.Shard!.Value.Count).Distinct().Order().ToList();
        if (counts.Count > 1)
            errors.Add($"shard manifests come from different splits ({string.Join(", ", split.Select(s => s.Manifest.Shard!.Value.ToString()).Order(StringComparer.Ordinal))}); delete the stale ones and merge again");
        else if (counts.Count == 1)
        {
            var n = counts[0];
            foreach (var index in Enumerable.Range(1, n))
            {
                var found = split.Count(s => s.Manifest.Shard!.Value.Index == index);
                if (found == 0) errors.Add($"shard {index}/{n} has not reported (no {new Shard(index, n).ManifestName}); run it, then merge again");
                if (found > 1) errors.Add($"shard {index}/{n} reported {found} times; keep one manifest per shard");
            }
        }

        var owners = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (_, manifest) in split)
            foreach (var id in manifest.Cases)
                (owners.TryGetValue(id, out var list) ? list : owners[id] = []).Add(manifest.Shard!.Value.ToString());
        var expectedIds = expected.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var id in expectedIds.Order(StringComparer.Ordinal))
        {
            if (!owners.TryGetValue(id, out var by)) errors.Add($"case {id} is in {month} but no shard built it; were the shards run on other sources?");
            else if (by.Count > 1) errors.Add($"case {id} was built by shards {string.Join(" and ", by)}; each case must be built once");
        }
        foreach (var id in owners.Keys.Where(id => !expectedIds.Contains(id)).Order(StringComparer.Ordinal))
            errors.Add($"case {id} was built by shard {string.Join(", ", owners[id])} but is not in {month} as the sources stand now; run the shards again");

        var outputs = split.SelectMany(s => s.Manifest.Outputs).ToList();
        if (currentInputs is not null)
            foreach (var entry in outputs.Where(o => o.Case is not null && expectedIds.Contains(o.Case)))
                if (currentInputs.TryGetValue(entry.File, out var now) && now != entry.Inputs)
                    errors.Add($"{entry.File}: its inputs (sources, templates, theme, --locale or the tool) changed after its shard built it; run that shard again");

        if (errors.Count > 0) return new Result(null, errors);
        var merged = new Manifest(month.ToString(), tools[0], null, expectedIds.ToList(), outputs.Where(o => o.Case is not null).ToList());
        return new Result(merged.Sorted(), []);
    }
}
