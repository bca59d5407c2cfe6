using System.Globalization;

namespace Briefings.Cli;

/// <summary>The reproducible-builds convention: a fixed timestamp from SOURCE_DATE_EPOCH, never the clock.</summary>
internal static class SourceDateEpoch
{
    public const string Variable = "SOURCE_DATE_EPOCH";

    /// <summary>
    /// The timestamp, or null when the variable is unset or empty. A malformed or out-of-range value is a
    /// usage error, as the convention asks: a build silently dated 2000-01-01 instead would be wrong.
    /// </summary>
    public static DateTimeOffset? Read()
    {
        var text = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrEmpty(text)) return null;
        var max = DateTimeOffset.MaxValue.ToUnixTimeSeconds();
        if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) && seconds <= max)
            return DateTimeOffset.FromUnixTimeSeconds(seconds);
        throw new UsageException($"{Variable}='{Typesetting.Printable.Escape(text)}' is not a time; set it to whole seconds since 1970-01-01 UTC, from 0 to {max}, or unset it");
    }
}
