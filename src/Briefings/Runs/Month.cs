using System.Globalization;
using System.Text.RegularExpressions;
using Briefings.Sources.Model;

namespace Briefings.Runs;

/// <summary>A calendar month, the unit of a scheduled run ("2015-03").</summary>
public readonly partial record struct Month(int Year, int Number) : IComparable<Month>
{
    public DateOnly First => new(Year, Number, 1);

    public DateOnly Last => new(Year, Number, DateTime.DaysInMonth(Year, Number));

    /// <summary>The month as a partial date, so templates word it like any other ("March 2015").</summary>
    public PartialDate AsDate => new(Year, Number);

    /// <summary>YYYY-MM; null for anything else, including month 13.</summary>
    public static Month? Parse(string text)
    {
        var match = Shape().Match(text.Trim());
        if (!match.Success) return null;
        var year = int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture);
        var month = int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture);
        return year >= 1 && month is >= 1 and <= 12 ? new Month(year, month) : null;
    }

    /// <summary>
    /// The month before the one <paramref name="today"/> is in: a run on the 1st reports on the month just
    /// ended. The caller passes today's UTC date; nothing here reads the clock.
    /// </summary>
    public static Month PreviousOf(DateOnly today)
    {
        var previous = new DateOnly(today.Year, today.Month, 1).AddMonths(-1);
        return new Month(previous.Year, previous.Month);
    }

    /// <summary>Whether a date could fall in this month (any of the days it stands for is in it).</summary>
    public bool Overlaps(PartialDate date) => date.Earliest <= Last && First <= date.Latest;

    /// <summary>Whether a date is known to be in this month: a day or a month of it, never a bare year.</summary>
    public bool Holds(PartialDate date) =>
        date.Precision != DatePrecision.Year && date.Year == Year && date.Month == Number;

    public int CompareTo(Month other) => First.CompareTo(other.First);

    public override string ToString() => $"{Year:D4}-{Number:D2}";

    [GeneratedRegex(@"^(?<y>\d{4})-(?<m>\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex Shape();
}
