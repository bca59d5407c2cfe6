using Briefings.Sources.Model;

namespace Briefings.Tests.Sources;

public class PartialDateTests
{
    [Theory]
    [InlineData("2015", DatePrecision.Year, "2015-01-01", "2015-12-31")]
    [InlineData("2015-03", DatePrecision.Month, "2015-03-01", "2015-03-31")]
    [InlineData("2016-02", DatePrecision.Month, "2016-02-01", "2016-02-29")]
    [InlineData("2015-03-09", DatePrecision.Day, "2015-03-09", "2015-03-09")]
    public void Keeps_its_precision_and_spans_every_day_it_could_be(string text, DatePrecision precision, string earliest, string latest)
    {
        var date = PartialDate.Parse(text)!.Value;
        Assert.Equal(precision, date.Precision);
        Assert.Equal(DateOnly.Parse(earliest, System.Globalization.CultureInfo.InvariantCulture), date.Earliest);
        Assert.Equal(DateOnly.Parse(latest, System.Globalization.CultureInfo.InvariantCulture), date.Latest);
        Assert.Equal(text, date.ToString());
    }

    [Theory]
    [InlineData("2015-3-9")]
    [InlineData("2015-02-30")]
    [InlineData("2015-13")]
    [InlineData("March 2015")]
    [InlineData("15")]
    public void Rejects_anything_else(string text) => Assert.Null(PartialDate.Parse(text));

    [Fact]
    public void Days_between_partial_dates_are_a_range()
    {
        Assert.Equal(new DaySpan(1, 1), DaySpan.Between(PartialDate.Parse("2015-03-08")!.Value, PartialDate.Parse("2015-03-09")!.Value));
        Assert.Equal(new DaySpan(0, 8), DaySpan.Between(PartialDate.Parse("2015-03")!.Value, PartialDate.Parse("2015-03-09")!.Value));
    }

    [Fact]
    public void A_coarse_date_sorts_before_a_fine_one_that_starts_the_same_day()
    {
        var dates = new[] { "2015-03-09", "2015-03-01", "2015-03" }.Select(t => PartialDate.Parse(t)!.Value).Order().Select(d => d.ToString());
        Assert.Equal(["2015-03", "2015-03-01", "2015-03-09"], dates);
    }
}
