using Briefings.Typesetting;

namespace Briefings.Cli.Watch;

/// <summary>
/// What was made from a theme file (a typesetter, a brief builder), kept for as long as the file's text
/// stays the same: a watch then keeps fonts, hyphenation patterns and the hyphenation cache warm across
/// rebuilds, and makes them again the moment the theme is edited.
/// </summary>
internal sealed class ThemeKeyed<T> where T : class
{
    private (string Text, T Value, IReadOnlyList<Diagnostic> Problems)? _kept;

    /// <param name="themePath">The theme file; null or missing means the built-in theme.</param>
    /// <param name="make">Reads the theme and makes the value; null (with the problems) when the theme is broken.</param>
    public (T? Value, IReadOnlyList<Diagnostic> Problems) Get(string? themePath, Func<(T? Value, IReadOnlyList<Diagnostic> Problems)> make)
    {
        var text = Text(themePath);
        if (_kept is { } kept && kept.Text == text) return (kept.Value, kept.Problems);
        var (value, problems) = make();
        _kept = value is null || text is null ? null : (text, value, problems);
        return (value, problems);
    }

    // Null when the file cannot be read: nothing is kept, and make() reports why.
    private static string? Text(string? path)
    {
        if (path is null || Typesetting.Files.FileKinds.Of(path, followLinks: false) == Typesetting.Files.FileKind.Missing) return "";
        try
        {
            return Typesetting.Files.InputFile.ReadText(path);
        }
        catch (Typesetting.Files.InputFileException)
        {
            return null;
        }
    }
}
