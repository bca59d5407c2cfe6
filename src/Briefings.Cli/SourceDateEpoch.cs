using System.Globalization;

namespace Briefings.Cli;

/// <summary>The reproducible-builds convention: a fixed timestamp from SOURCE_DATE_EPOCH, never the clock.</summary>
internal static class SourceDateEpoch
{
    public static DateTimeOffset? Read() =>
        long.TryParse(Environment.GetEnvironmentVariable("SOURCE_DATE_EPOCH"), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            ? DateTimeOffset.FromUnixTimeSeconds(seconds) : null;
}
