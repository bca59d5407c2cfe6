using Briefings.Typesetting.Text;
using YamlDotNet.Core;

namespace Briefings.Typesetting;

/// <summary>
/// Page geometry, type sizes, colours and faces. Loaded from a theme.yaml whose keys are these
/// property names in snake_case; anything left out keeps the default below. Lengths are points
/// (1/72 inch) except margins, which are millimetres because that is how page designers think of them.
/// </summary>
public sealed record Theme
{
    public static Theme Default { get; } = new();

    public float MarginTop { get; init; } = 24;
    public float MarginBottom { get; init; } = 24;
    public float MarginLeft { get; init; } = 24;
    public float MarginRight { get; init; } = 24;

    public string BodyFont { get; init; } = "Noto Serif";
    public string HeadingFont { get; init; } = "Noto Sans";
    public string MonoFont { get; init; } = "Noto Sans Mono";

    public float BodySize { get; init; } = 10.5f;
    public float LineHeight { get; init; } = 1.42f;
    public float ParagraphSpacing { get; init; } = 6.5f;
    public float[] HeadingSizes { get; init; } = [17f, 13.5f, 11.5f, 10.5f, 10.5f, 10.5f];
    public float TitleSize { get; init; } = 23f;
    public float SubtitleSize { get; init; } = 13f;
    public float FootnoteSize { get; init; } = 8.2f;
    public float TableSize { get; init; } = 9f;
    public float CodeSize { get; init; } = 8.6f;
    public float FurnitureSize { get; init; } = 7.8f;
    public bool Justify { get; init; } = true;
    public bool Hyphenate { get; init; } = true;

    public string TextColor { get; init; } = "#1b1b1b";
    public string HeadingColor { get; init; } = "#15355a";
    public string MutedColor { get; init; } = "#5c6670";
    public string RuleColor { get; init; } = "#9aa5b1";
    public string LinkColor { get; init; } = "#1d4f91";
    public string MarkingColor { get; init; } = "#8a1c1c";
    public string TableHeaderFill { get; init; } = "#e6ecf2";
    public string TableStripeFill { get; init; } = "#f5f7f9";
    public string CodeFill { get; init; } = "#f3f4f6";
    public string BlufFill { get; init; } = "#e9f0f7";
    public string BlufAccent { get; init; } = "#15355a";
    public string NoteFill { get; init; } = "#f2f4f5";
    public string NoteAccent { get; init; } = "#5c6670";
    public string WarningFill { get; init; } = "#fbf0e4";
    public string WarningAccent { get; init; } = "#a4511a";

    /// <summary>Reads a theme file; every problem comes back as a diagnostic with its line.</summary>
    public static (Theme? Theme, IReadOnlyList<Diagnostic> Diagnostics) Load(string path)
    {
        var diagnostics = new List<Diagnostic>();
        if (!File.Exists(path) && Files.FileKinds.Of(path) == Files.FileKind.Missing)
            return (null, [Diagnostic.Error(path, 1, 1, "file-missing", "theme file not found")]);
        try
        {
            var text = Files.InputFile.ReadText(path);
            if (Markdown.YamlDepth.TooDeepAt(text) is { } deep)
                return (null, [Diagnostic.Error(path, deep.Line, deep.Column, "too-deep", Markdown.YamlDepth.Message)]);
            var theme = ThemeReader.Read(text, path, diagnostics);
            if (diagnostics.Count > 0) return (null, diagnostics);
            var lines = text.Split('\n');
            void Error(string key, string message)
            {
                // Values are checked after deserialising, so find the key's own line for the message.
                int line = Array.FindIndex(lines, l => l.TrimStart().StartsWith(key + ":", StringComparison.Ordinal)) + 1;
                diagnostics.Add(Diagnostic.Error(path, Math.Max(1, line), 1, "theme", message));
            }
            foreach (var (key, family) in theme.Values<ThemeValue.Face>())
                if (!FontLibrary.IsBundled(family))
                    Error(key, $"font '{family}' is not bundled; use one of {string.Join(", ", FontLibrary.Families)}");
            foreach (var (key, value) in theme.Values<ThemeValue.Colour>())
                if (!ThemeValue.Colour.IsValid(value))
                    Error(key, $"{key} '{value}' is not a colour; write it as #rrggbb");
            if (theme.HeadingSizes.Length != 6)
                Error("heading_sizes", "heading_sizes needs six sizes, one per level H1–H6");
            foreach (var (key, message) in ThemeLimits.Check(theme))
                Error(key, message);
            return diagnostics.Count > 0 ? (null, diagnostics) : (theme, diagnostics);
        }
        catch (Files.InputFileException e)
        {
            return (null, [Diagnostic.Error(path, e.Line, e.Column, "theme", "the theme file " + e.Message)]);
        }
        catch (YamlException e)
        {
            return (null, [Diagnostic.Error(path, (int)e.Start.Line, (int)e.Start.Column, "theme", e.InnerException?.Message ?? e.Message)]);
        }
    }

    /// <summary>The text values of the keys that take <typeparamref name="TValue"/> (faces, colours), by key.</summary>
    private IEnumerable<(string Key, string Value)> Values<TValue>() where TValue : ThemeValue => ThemeKeys.All
        .Where(k => k.Value is TValue)
        .Select(k => (k.Name, (string)ThemeReader.Keys[k.Name].GetValue(this)!));
}
