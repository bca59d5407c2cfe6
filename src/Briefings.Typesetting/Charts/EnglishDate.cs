namespace Briefings.Typesetting.Charts;

/// <summary>English date text for chart labels, independent of the machine's culture data.</summary>
internal static class EnglishDate
{
    private static readonly string[] Months =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    public static string Month(int month) => Months[month - 1];
    public static string ShortMonth(int month) => Months[month - 1][..3];

    /// <summary>A partial date at its own precision: "9 March 2015", "March 2015", "2015".</summary>
    public static string Long(DateOnly start, string text) => text.Length switch
    {
        10 => $"{start.Day} {Month(start.Month)} {start.Year}",
        7 => $"{Month(start.Month)} {start.Year}",
        _ => text,
    };

    public static string Short(DateOnly start, string text) => text.Length switch
    {
        10 => $"{start.Day} {ShortMonth(start.Month)} {start.Year}",
        7 => $"{ShortMonth(start.Month)} {start.Year}",
        _ => text,
    };
}
