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

    /// <summary>
    /// Days from <paramref name="from"/> to <paramref name="to"/> when <paramref name="to"/> is known not to come
    /// first; null when it may (then the gap is not measurable, and is never clamped to zero).
    /// </summary>
    public static DaySpan? After(PartialDate from, PartialDate to) =>
        to.Earliest < from.Latest ? null : Between(from, to);

    /// <summary>The smallest span holding both.</summary>
    public DaySpan Cover(DaySpan other) => new(Math.Min(Min, other.Min), Math.Max(Max, other.Max));

    public override string ToString() => IsExact ? $"{Min}" : $"{Min}–{Max}";
}
