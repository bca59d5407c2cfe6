using System.Globalization;

namespace Briefings.Typesetting.Words;

/// <summary>
/// The engine's fixed words and date conventions in one language: everything the engine itself prints
/// (contents, page numbers, call-out labels, chart axes and the default chart key). Chosen by the
/// document's <c>language</c>; a language without its own entry falls back to en-GB. Words about what a
/// document is about never live here: callers hand those over with their charts.
/// </summary>
public sealed record DocumentWords(
    string Name,
    string Contents,
    string PageOfTemplate,
    string ColumnsOfTemplate,
    string Notes,
    IReadOnlyDictionary<string, string> CalloutLabels,
    bool DayBeforeMonth,
    IReadOnlyList<string> Months,
    TimelineWords Timeline,
    string FlowChart,
    string SectionLinkTemplate,
    string FootnoteLinkTemplate)
{
    private static readonly string[] EnglishMonths =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    private static readonly Dictionary<string, string> EnglishCallouts = new(StringComparer.Ordinal)
    {
        ["bluf"] = "Bottom line up front", ["note"] = "Note", ["warning"] = "Warning",
    };

    public static DocumentWords BritishEnglish { get; } = new(
        "en-GB", "Contents", "Page {0} of {1}", "Columns {0}–{1} of {2}", "Notes", EnglishCallouts, DayBeforeMonth: true, EnglishMonths,
        new TimelineWords("Timeline of {0} event", "Timeline of {0} events", "dated to the day", "flagged", "known only to the month or year", "(flagged)"),
        "Flow chart", "Section: {0}", "Footnote {0}: {1}");

    public static DocumentWords AmericanEnglish { get; } = BritishEnglish with { Name = "en-US", DayBeforeMonth = false };

    public static IReadOnlyList<DocumentWords> All { get; } = [BritishEnglish, AmericanEnglish];

    /// <summary>The words for a language tag ("en-US", "en-us", "en-GB-oxendict"), else en-GB.</summary>
    public static DocumentWords For(string? language) =>
        All.FirstOrDefault(w => language is not null && language.StartsWith(w.Name, StringComparison.OrdinalIgnoreCase)) ?? BritishEnglish;

    public string PageOf(int page, int pages) => string.Format(CultureInfo.InvariantCulture, PageOfTemplate, page, pages);

    public string ColumnsOf(int from, int to, int of) => string.Format(CultureInfo.InvariantCulture, ColumnsOfTemplate, from, to, of);

    public string CalloutLabel(string kind) => CalloutLabels.GetValueOrDefault(kind, kind);

    /// <summary>What a reader hears for a link to a section: "Section: Methods".</summary>
    public string SectionLink(string title) => string.Format(CultureInfo.InvariantCulture, SectionLinkTemplate, title);

    /// <summary>What a reader hears for a link to a note: "Footnote 1: the note's first words …".</summary>
    public string FootnoteLink(string number, string opening) => string.Format(CultureInfo.InvariantCulture, FootnoteLinkTemplate, number, opening);

    public string ShortMonth(int month) => Months[month - 1][..3];

    /// <summary>An axis tick: "8 Mar" or "Mar 8".</summary>
    public string DayTick(DateOnly date) => DayBeforeMonth ? $"{date.Day} {ShortMonth(date.Month)}" : $"{ShortMonth(date.Month)} {date.Day}";

    /// <summary>An axis tick for a month: "Mar 2015".</summary>
    public string MonthTick(DateOnly date) => $"{ShortMonth(date.Month)} {Year(date.Year)}";

    /// <summary>A date known to the day, month or year, in full: "8 March 2015" / "March 8, 2015", "March 2015", "2015".</summary>
    public string LongDate(DateOnly start, DatePrecision precision) => precision switch
    {
        DatePrecision.Day => DayBeforeMonth
            ? $"{start.Day} {Months[start.Month - 1]} {Year(start.Year)}"
            : $"{Months[start.Month - 1]} {start.Day}, {Year(start.Year)}",
        DatePrecision.Month => $"{Months[start.Month - 1]} {Year(start.Year)}",
        _ => Year(start.Year),
    };

    private static string Year(int year) => year.ToString(CultureInfo.InvariantCulture);
}

/// <summary>How precisely a date is known.</summary>
public enum DatePrecision { Year, Month, Day }

/// <summary>
/// A timeline's words: its alternative text opening (singular, plural), the key's three marker meanings,
/// and the note after a flagged event's label. Defaults for charts written in Markdown; a caller's figure
/// brings its own.
/// </summary>
public sealed record TimelineWords(string AltOne, string AltMany, string Point, string Flagged, string Range, string FlagNote)
{
    public string Alt(int events) => string.Format(CultureInfo.InvariantCulture, events == 1 ? AltOne : AltMany, events);
}
