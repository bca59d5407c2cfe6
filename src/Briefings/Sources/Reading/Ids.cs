using System.Text.RegularExpressions;

namespace Briefings.Sources.Reading;

/// <summary>Ids are kebab-case so they can be file names, footnote labels and URL fragments unchanged.</summary>
public static partial class Ids
{
    /// <summary>Lower-case letters and digits joined by single hyphens; the JSON Schemas use it too.</summary>
    public const string Pattern = "^[a-z0-9]+(-[a-z0-9]+)*$";

    public static bool IsKebabCase(string text) => Kebab().IsMatch(text);

    /// <summary>A kebab-case spelling of whatever was written, to show in the message.</summary>
    public static string Suggest(string text)
    {
        var words = NonWord().Split(text.Trim().ToLowerInvariant()).Where(w => w.Length > 0);
        var joined = string.Join('-', words);
        return joined.Length > 0 ? joined : "my-id";
    }

    [GeneratedRegex(Pattern, RegexOptions.CultureInvariant)]
    private static partial Regex Kebab();

    [GeneratedRegex("[^a-z0-9]+", RegexOptions.CultureInvariant)]
    private static partial Regex NonWord();
}
