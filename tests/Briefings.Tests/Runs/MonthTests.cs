using Briefings.Runs;
using Briefings.Sources.Model;

namespace Briefings.Tests.Runs;

public class MonthTests
{
    [Theory]
    [InlineData("2015-03", 2015, 3)]
    [InlineData(" 2020-12 ", 2020, 12)]
    public void Parses_year_and_month(string text, int year, int month) => Assert.Equal(new Month(year, month), Month.Parse(text));

    [Theory]
    [InlineData("2015-13")]
    [InlineData("2015-00")]
    [InlineData("2015-3")]
    [InlineData("2015")]
    [InlineData("2015-03-01")]
    [InlineData("March 2015")]
    public void Rejects_anything_but_YYYY_MM(string text) => Assert.Null(Month.Parse(text));

    [Theory]
    [InlineData("2026-11-22", "2026-10")]
    [InlineData("2026-01-01", "2025-12")]
    [InlineData("2024-03-31", "2024-02")]
    public void The_default_month_is_the_one_before_today(string today, string expected) =>
        Assert.Equal(expected, Month.PreviousOf(DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture)).ToString());

    [Fact]
    public void A_month_holds_days_and_months_of_itself_but_never_a_bare_year()
    {
        var march = new Month(2020, 3);
        Assert.True(march.Holds(new PartialDate(2020, 3, 1)));
        Assert.True(march.Holds(new PartialDate(2020, 3, 31)));
        Assert.True(march.Holds(new PartialDate(2020, 3)));
        Assert.False(march.Holds(new PartialDate(2020, 4, 1)));
        Assert.False(march.Holds(new PartialDate(2020, 2, 29)));
        Assert.False(march.Holds(new PartialDate(2020)));
        Assert.True(march.Overlaps(new PartialDate(2020)));
    }

    [Fact]
    public void Knows_its_first_and_last_day_in_a_leap_year() =>
        Assert.Equal((new DateOnly(2020, 2, 1), new DateOnly(2020, 2, 29)), (new Month(2020, 2).First, new Month(2020, 2).Last));
}
