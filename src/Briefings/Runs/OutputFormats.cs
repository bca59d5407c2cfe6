namespace Briefings.Runs;

/// <summary>Words for <see cref="OutputFormat"/>: file extensions, and the --format option's list.</summary>
public static class OutputFormats
{
    public static string Extension(this OutputFormat format) => format == OutputFormat.Pdf ? "pdf" : "html";

    /// <summary>"pdf,html" → [Pdf, Html] in that fixed order; null with the offending word when one is unknown.</summary>
    public static (IReadOnlyList<OutputFormat>? Formats, string? Unknown) Parse(IEnumerable<string> words)
    {
        var formats = new HashSet<OutputFormat>();
        foreach (var word in words.SelectMany(w => w.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        {
            var format = Enum.GetValues<OutputFormat>().Cast<OutputFormat?>().FirstOrDefault(f => f!.Value.Extension() == word.ToLowerInvariant());
            if (format is null) return (null, word);
            formats.Add(format.Value);
        }
        return formats.Count == 0 ? (null, "") : (formats.Order().ToList(), null);
    }
}
