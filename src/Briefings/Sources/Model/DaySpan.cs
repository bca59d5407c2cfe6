namespace Briefings.Sources.Model;

/// <summary>
/// A number of days known only within bounds, as partial dates allow: from 8 March to 9 March is
/// exactly one day; from "March 2015" to 9 March is anywhere from 0 to 8.
/// </summary>
public readonly record struct DaySpan(int Min, int Max)
{
    public bool IsExact => Min == Max;

    /// <summary>Days from <paramref name="from"/> to <paramref name="to"/>, never below zero, because
    /// the analyst has already put the events in order and a partial date must not reverse it.</summary>
    public static DaySpan Between(PartialDate from, PartialDate to)
    {
        var min = to.Earliest.DayNumber - from.Latest.DayNumber;
        var max = to.Latest.DayNumber - from.Earliest.DayNumber;
        return new DaySpan(Math.Max(0, min), Math.Max(0, max));
    }

    public override string ToString() => IsExact ? $"{Min}" : $"{Min}–{Max}";
}
