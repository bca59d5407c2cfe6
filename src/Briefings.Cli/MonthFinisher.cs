using Briefings.Runs;

namespace Briefings.Cli;

/// <summary>
/// The end of a month, whether its cases were built here or by shards: the digest, then removal of
/// outputs the month no longer has, then manifest.json, written last so that it only ever describes
/// files that are in place.
/// </summary>
internal static class MonthFinisher
{
    public static DigestOutcome Finish(MonthStart start, MonthlyOptions options, Manifest cases, Manifest? previous, RunLog log)
    {
        var digest = new DigestWriter(start.Inputs, start.Builder, start.Folder, options.Formats, options.Force)
            .Write(options.Month, start.Selection, cases, previous);
        log.Problems(digest.Messages);
        var final = cases with { Outputs = [.. cases.Outputs, .. digest.Entries] };
        foreach (var removed in start.Folder.Prune(previous, final))
            log.Line($"removed {removed} (no longer an output of {options.Month})");
        start.Folder.WriteIfChanged(Manifest.FileName, ManifestJson.Write(final));
        return digest;
    }
}
