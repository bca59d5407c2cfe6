using Briefings.Sources.Model;
using Briefings.Templates;

namespace Briefings.Tests.Templates;

/// <summary>The helpers' rules in both locales. The test process runs without ICU, like the tool.</summary>
public class WordingTests
{
    private static readonly Wording British = new(Locale.BritishEnglish);
    private static readonly Wording American = new(Locale.AmericanEnglish);

    private static PartialDate D(string text) => PartialDate.Parse(text)!.Value;

    [Theory]
    [InlineData("2015-03-09", "9 March 2015", "March 9, 2015")]
    [InlineData("2015-03", "March 2015", "March 2015")]
    [InlineData("2015", "2015", "2015")]
    public void Dates_at_their_precision(string date, string british, string american)
    {
        Assert.Equal(british, British.Date(D(date)));
        Assert.Equal(american, American.Date(D(date)));
    }

    [Fact]
    public void Date_ranges()
    {
        Assert.Equal("8–10 March 2015", British.DateRange(D("2015-03-08"), D("2015-03-10")));
        Assert.Equal("March 8–10, 2015", American.DateRange(D("2015-03-08"), D("2015-03-10")));
        Assert.Equal("March 2015", British.DateRange(D("2015-03"), D("2015-03")));
        Assert.Equal("March 2015 to 2 April 2015", British.DateRange(D("2015-03"), D("2015-04-02")));
    }

    [Theory]
    [InlineData(0, 0, "the same day")]
    [InlineData(1, 1, "one day after")]
    [InlineData(3, 3, "three days after")]
    [InlineData(12, 12, "12 days after")]
    [InlineData(1, 3, "1–3 days after")]
    public void Spans(int min, int max, string expected)
    {
        Assert.Equal(expected, British.Span(new DaySpan(min, max)));
        Assert.Equal(expected, American.Span(new DaySpan(min, max)));
    }

    [Theory]
    [InlineData(0, "zero")]
    [InlineData(1, "one")]
    [InlineData(9, "nine")]
    [InlineData(10, "10")]
    [InlineData(1250, "1,250")]
    public void Numbers_under_ten_in_words(int n, string expected)
    {
        Assert.Equal(expected, British.Number(n));
        Assert.Equal(expected, American.Number(n));
    }

    [Theory]
    [InlineData(1, "first")]
    [InlineData(3, "third")]
    [InlineData(11, "11th")]
    [InlineData(21, "21st")]
    [InlineData(102, "102nd")]
    public void Ordinals(int n, string expected)
    {
        Assert.Equal(expected, British.Ordinal(n));
        Assert.Equal(expected, American.Ordinal(n));
    }

    [Fact]
    public void Lists_follow_the_locale_on_the_serial_comma()
    {
        string[] three = ["Facebook", "Twitter", "SocialKit"];
        Assert.Equal("Facebook, Twitter and SocialKit", British.List(three));
        Assert.Equal("Facebook, Twitter, and SocialKit", American.List(three));
        Assert.Equal("Facebook and Twitter", British.List(three[..2]));
        Assert.Equal("Facebook and Twitter", American.List(three[..2]));
        Assert.Equal("Facebook", British.List(three[..1]));
    }

    [Theory]
    [InlineData(1, "one source")]
    [InlineData(2, "two sources")]
    [InlineData(14, "14 sources")]
    public void Plurals(int n, string expected)
    {
        Assert.Equal(expected, British.Quantity(n, "source"));
        Assert.Equal(expected, American.Quantity(n, "source"));
    }

    [Fact]
    public void Nouns_agree_with_their_count()
    {
        Assert.Equal("judgment", British.Noun(1, "judgment"));
        Assert.Equal("judgments", British.Noun(2, "judgment"));
        Assert.Equal("days", British.Noun(0, "day"));
        Assert.Equal("one day", British.Days(new DaySpan(1, 1)));
        Assert.Equal("0–8 days", British.Days(new DaySpan(0, 8)));
    }
}
