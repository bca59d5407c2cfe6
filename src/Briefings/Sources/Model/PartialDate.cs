using System.Globalization;
using System.Text.RegularExpressions;

namespace Briefings.Sources.Model;

/// <summary>
/// A date known to the year, the month or the day ("2015", "2015-03", "2015-03-09").
/// It stands for every day it could be, from <see cref="Earliest"/> to <see cref="Latest"/>,
/// so arithmetic on it gives ranges rather than false precision.
/// </summary>
public readonly partial record struct PartialDate(int Year, int? Month = null, int? Day = null) : IComparable<PartialDate>
{
    public const int FirstYear = 1000;

    public DatePrecision Precision => Day is not null ? DatePrecision.Day : Month is not null ? DatePrecision.Month : DatePrecision.Year;

    public DateOnly Earliest => new(Year, Month ?? 1, Day ?? 1);

    public DateOnly Latest => Day is not null
        ? new DateOnly(Year, Month!.Value, Day.Value)
        : Month is not null
            ? new DateOnly(Year, Month.Value, DateTime.DaysInMonth(Year, Month.Value))
            : new DateOnly(Year, 12, 31);

    public static PartialDate Of(DateOnly date) => new(date.Year, date.Month, date.Day);

    /// <summary>Whether the two could be the same day, given what each leaves open.</summary>
    public bool Overlaps(PartialDate other) => Earliest <= other.Latest && other.Earliest <= Latest;

    /// <summary>Parses YYYY, YYYY-MM or YYYY-MM-DD; anything else (or an impossible day) is null.</summary>
    public static PartialDate? Parse(string text)
    {
        var match = Shape().Match(text.Trim());
        if (!match.Success) return null;
        var year = int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture);
        // Year 1 is the readers' stand-in for a date they could not read, and no source this tool
        // summarises is older than the printing press: years before 1000 are taken for typing mistakes.
        if (year < FirstYear) return null;
        if (!match.Groups["m"].Success) return new PartialDate(year);
        var month = int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture);
        if (month is < 1 or > 12) return null;
        if (!match.Groups["d"].Success) return new PartialDate(year, month);
        var day = int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture);
        if (day < 1 || day > DateTime.DaysInMonth(year, month)) return null;
        return new PartialDate(year, month, day);
    }

    /// <summary>Chronological by earliest day; at a tie the coarser date first ("March" before "9 March").</summary>
    public int CompareTo(PartialDate other)
    {
        var byStart = Earliest.CompareTo(other.Earliest);
        return byStart != 0 ? byStart : Precision.CompareTo(other.Precision);
    }

    /// <summary>ISO form at its own precision: what the analyst wrote.</summary>
    public override string ToString() => Precision switch
    {
        DatePrecision.Year => Year.ToString("D4", CultureInfo.InvariantCulture),
        DatePrecision.Month => $"{Year:D4}-{Month:D2}",
        _ => $"{Year:D4}-{Month:D2}-{Day:D2}",
    };

    [GeneratedRegex(@"^(?<y>\d{4})(-(?<m>\d{2})(-(?<d>\d{2}))?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Shape();
}
