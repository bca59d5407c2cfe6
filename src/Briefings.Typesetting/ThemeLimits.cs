using static System.FormattableString;

namespace Briefings.Typesetting;

/// <summary>
/// The numbers a theme may hold. Outside these a brief is unreadable or cannot be laid out at all (a
/// body size of 0 prints invisible text and, with a table of contents, never finishes paging), so they
/// are refused at the key's line rather than typeset.
/// </summary>
internal static class ThemeLimits
{
    /// <summary>Type sizes in points: from the smallest legible footnote to a poster headline.</summary>
    public const float MinSize = 4, MaxSize = 144;

    /// <summary>Line height as a multiple of the type size.</summary>
    public const float MinLineHeight = 0.8f, MaxLineHeight = 4;

    public const float MaxSpacing = 144;

    /// <summary>
    /// The text area left by the margins, in points, on the smaller of A4 and Letter in each direction
    /// (a theme does not know which paper a document will ask for).
    /// </summary>
    public const float MinTextArea = 144, NarrowestPage = 595.28f, ShortestPage = 792f;

    public static IEnumerable<(string Key, string Message)> Check(Theme theme)
    {
        // The keys declared as type sizes (ThemeKeys), so a size added there is checked here too.
        (string, float)[] sizes =
        [
            .. ThemeKeys.All.Where(k => k.Value == ThemeKeys.TypeSize).Select(k => (k.Name, (float)ThemeReader.Keys[k.Name].GetValue(theme)!)),
            .. theme.HeadingSizes.Select(size => ("heading_sizes", size)),
        ];
        foreach (var (key, value) in sizes)
            if (Outside(value, MinSize, MaxSize))
                yield return (key, Invariant($"{key} {Shown(value)} is not a usable type size; give points from {MinSize} to {MaxSize}"));
        if (Outside(theme.LineHeight, MinLineHeight, MaxLineHeight))
            yield return ("line_height", Invariant($"line_height {Shown(theme.LineHeight)} is not usable; give a multiple of the type size from {MinLineHeight} to {MaxLineHeight}, e.g. 1.4"));
        if (Outside(theme.ParagraphSpacing, 0, MaxSpacing))
            yield return ("paragraph_spacing", Invariant($"paragraph_spacing {Shown(theme.ParagraphSpacing)} is not usable; give points from 0 to {MaxSpacing}"));

        (string, float)[] margins = [("margin_top", theme.MarginTop), ("margin_bottom", theme.MarginBottom), ("margin_left", theme.MarginLeft), ("margin_right", theme.MarginRight)];
        var bad = margins.Where(m => !float.IsFinite(m.Item2) || m.Item2 < 0).ToList();
        foreach (var (key, value) in bad)
            yield return (key, Invariant($"{key} {Shown(value)} is not a margin; give millimetres, 0 or more"));
        if (bad.Count > 0) yield break;
        const float pointsPerMm = 72f / 25.4f;
        if (NarrowestPage - (theme.MarginLeft + theme.MarginRight) * pointsPerMm < MinTextArea)
            yield return ("margin_left", Invariant($"margin_left and margin_right leave less than {MinTextArea / pointsPerMm:0} mm for text on an A4 page; make them smaller"));
        if (ShortestPage - (theme.MarginTop + theme.MarginBottom) * pointsPerMm < MinTextArea)
            yield return ("margin_top", Invariant($"margin_top and margin_bottom leave less than {MinTextArea / pointsPerMm:0} mm for text on a Letter page; make them smaller"));
    }

    private static bool Outside(float value, float min, float max) => !float.IsFinite(value) || value < min || value > max;

    private static string Shown(float value) => float.IsNaN(value) ? "NaN" : float.IsInfinity(value) ? "infinity" : value.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture);
}
