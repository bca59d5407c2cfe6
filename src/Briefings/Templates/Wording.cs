using System.Globalization;
using Briefings.Sources.Model;
using Humanizer;

namespace Briefings.Templates;

/// <summary>
/// Numbers, dates, spans and lists in words, in one <see cref="Locale"/>. Each method is one small,
/// pure rule; the template functions are thin wrappers over these so they can be tested without templates.
/// </summary>
public sealed class Wording(Locale locale)
{
    private static readonly DateTimeFormatInfo Months = CultureInfo.InvariantCulture.DateTimeFormat;

    public Locale Locale => locale;

    /// <summary>At the date's own precision: "9 March 2015" (en-GB), "March 9, 2015" (en-US), "March 2015", "2015".</summary>
    public string Date(PartialDate date) => date.Precision switch
    {
        DatePrecision.Year => Year(date.Year),
        DatePrecision.Month => $"{Months.GetMonthName(date.Month!.Value)} {Year(date.Year)}",
        _ => locale.DayBeforeMonth
            ? $"{date.Day} {Months.GetMonthName(date.Month!.Value)} {Year(date.Year)}"
            : $"{Months.GetMonthName(date.Month!.Value)} {date.Day}, {Year(date.Year)}",
    };

    /// <summary>"8–10 March 2015", "March 2015", "8 March to 2 April 2015"; one date when both ends are equal.</summary>
    public string DateRange(PartialDate start, PartialDate end)
    {
        if (start == end) return Date(start);
        if (start.Precision == DatePrecision.Day && end.Precision == DatePrecision.Day && start.Year == end.Year && start.Month == end.Month)
            return locale.DayBeforeMonth
                ? $"{start.Day}–{end.Day} {Months.GetMonthName(start.Month!.Value)} {Year(start.Year)}"
                : $"{Months.GetMonthName(start.Month!.Value)} {start.Day}–{end.Day}, {Year(start.Year)}";
        return $"{Date(start)} to {Date(end)}";
    }

    /// <summary>Whole numbers under ten in words, the rest in figures: "three", "12", "1,250".</summary>
    public string Number(int n) =>
        n is >= 0 and < 10 ? n.ToWords(Locale.HumanizerCulture) : n.ToString("#,0", CultureInfo.InvariantCulture);

    /// <summary>"first" … "ninth", then "10th", "21st".</summary>
    public string Ordinal(int n) =>
        n is > 0 and < 10 ? n.ToOrdinalWords(Locale.HumanizerCulture) : n.Ordinalize(Locale.HumanizerCulture);

    /// <summary>A count with its noun: "one source", "two sources", "12 days".</summary>
    public string Quantity(int n, string noun) => $"{Number(n)} {Noun(n, noun)}";

    /// <summary>The noun alone, singular for one and plural otherwise: "source", "sources".</summary>
    public string Noun(int n, string noun) => noun.ToQuantity(n, ShowQuantityAs.None);

    /// <summary>A length of time in days: "one day", "12 days", "1–3 days" (a range from partial dates).</summary>
    public string Days(DaySpan span) =>
        span.IsExact ? Quantity(span.Min, "day") : $"{span.Min}–{span.Max} days";

    /// <summary>How long after: "the same day", "one day after", "1–3 days after".</summary>
    public string Span(DaySpan span) =>
        span is { IsExact: true, Min: 0 } ? "the same day" : $"{Days(span)} after";

    /// <summary>"Facebook, Twitter and SocialKit" (en-GB); "Facebook, Twitter, and SocialKit" (en-US).</summary>
    public string List(IEnumerable<string> items)
    {
        var list = items.ToList();
        return locale.SerialComma
            ? Configurator.CollectionFormatters.ResolveForCulture(Locale.HumanizerCulture).Humanize(list)
            : Configurator.CollectionFormatters.ResolveForCulture(CultureInfo.InvariantCulture).Humanize(list, "and");
    }

    /// <summary>Capitalises the first letter, for a phrase that starts a sentence ("One day after").</summary>
    public static string Capitalise(string text) =>
        text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private static string Year(int year) => year.ToString(CultureInfo.InvariantCulture);
}
