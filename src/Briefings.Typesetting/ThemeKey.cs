using System.Text.RegularExpressions;

namespace Briefings.Typesetting;

/// <summary>
/// One key a theme.yaml may hold: its name (a <see cref="Theme"/> property in snake_case), what it sets (shown
/// by an editor on hover) and the value it takes. The reader and the JSON Schema both work from these.
/// </summary>
public sealed record ThemeKey(string Name, string Description, ThemeValue Value);

/// <summary>The kind of value a theme key takes, with the limits the reader enforces.</summary>
public abstract partial record ThemeValue
{
    /// <summary>A number from <paramref name="Min"/> to <paramref name="Max"/> (no upper limit when null); the key's description gives the unit.</summary>
    public sealed record Number(float Min, float? Max) : ThemeValue;

    /// <summary>Exactly <paramref name="Count"/> numbers, each from <paramref name="Min"/> to <paramref name="Max"/>.</summary>
    public sealed record Numbers(int Count, float Min, float Max) : ThemeValue;

    public sealed record Flag : ThemeValue;

    /// <summary>A colour written #rrggbb.</summary>
    public sealed record Colour : ThemeValue
    {
        public const string Pattern = "^#[0-9a-fA-F]{6}$";

        public static bool IsValid(string text) => ColourShape().IsMatch(text);
    }

    /// <summary>A typeface: one of the bundled families.</summary>
    public sealed record Face(IReadOnlyList<string> Families) : ThemeValue;

    [GeneratedRegex(Colour.Pattern, RegexOptions.CultureInvariant)]
    private static partial Regex ColourShape();
}
