using System.Globalization;

namespace Briefings.Templates;

/// <summary>
/// The conventions a brief is written in. Chosen explicitly, never from the machine: the tool runs with
/// the invariant culture, and two analysts on different machines must get the same words.
/// </summary>
public sealed record Locale(string Name, bool DayBeforeMonth, bool SerialComma)
{
    public static Locale BritishEnglish { get; } = new("en-GB", DayBeforeMonth: true, SerialComma: false);

    public static Locale AmericanEnglish { get; } = new("en-US", DayBeforeMonth: false, SerialComma: true);

    public static IReadOnlyList<Locale> All { get; } = [BritishEnglish, AmericanEnglish];

    public static Locale Default => BritishEnglish;

    public static Locale? Find(string name) =>
        All.FirstOrDefault(l => string.Equals(l.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// The culture handed to Humanizer. Humanizer picks its English number words and ordinals by the
    /// culture's name ("en"), so a named culture is enough; its formatting data is never used, which keeps
    /// output identical with and without ICU.
    /// </summary>
    internal static CultureInfo HumanizerCulture => CultureInfo.GetCultureInfo("en");
}
