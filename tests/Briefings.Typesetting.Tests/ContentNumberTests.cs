using System.Globalization;
using System.Text;
using Briefings.Typesetting.Pdf;

namespace Briefings.Typesetting.Tests;

/// <summary>
/// Content streams write numbers through their own short path; it must print exactly what the general
/// formatter printed before it (<c>Math.Round(v, 3).ToString("0.###")</c>), or every PDF's bytes change.
/// </summary>
public class ContentNumberTests
{
    private static string Written(float value)
    {
        var buffer = new AsciiBuffer(64);
        buffer.Append(value);
        return Encoding.ASCII.GetString(buffer.Written);
    }

    private static string General(float value) => Math.Round(value, 3).ToString("0.###", CultureInfo.InvariantCulture);

    [Theory]
    [InlineData(0f, "0")]
    [InlineData(-0.0004f, "-0")]
    [InlineData(0.0005f, "0.001")] // just above the half in binary
    [InlineData(0.0015f, "0.002")]
    [InlineData(595.28f, "595.28")]
    [InlineData(841.89f, "841.89")]
    [InlineData(-12.5f, "-12.5")]
    [InlineData(1e6f, "1000000")]
    [InlineData(float.NaN, "NaN")]
    public void Writes_numbers_as_the_general_formatter_does(float value, string expected)
    {
        Assert.Equal(expected, General(value));
        Assert.Equal(expected, Written(value));
    }

    [Fact]
    public void Agrees_with_the_general_formatter_on_a_million_coordinates()
    {
        var random = new Random(12);
        for (int i = 0; i < 1_000_000; i++)
        {
            float value = (i % 3) switch
            {
                0 => (float)(random.NextDouble() * 1200 - 200),   // page coordinates
                1 => (float)(random.NextDouble() * 2 - 1),        // colour components, small offsets
                _ => (float)Math.Round(random.NextDouble() * 1000, 4), // values near a rounding half
            };
            if (Written(value) != General(value)) Assert.Fail($"{value:R}: wrote {Written(value)}, the formatter {General(value)}");
        }
    }
}
