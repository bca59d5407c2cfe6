using System.Text;
using Briefings.Typesetting.Pdf;

namespace Briefings.Typesetting.Tests;

/// <summary>
/// Painting writes each word where the plan put it. Words along a line are moved by relative steps (Td)
/// and their glyphs written as literal strings, so a wrong step or a badly escaped byte would shift or
/// garble every later word on the line while each line's first word still sits right.
/// </summary>
public class PaintedPositionTests
{
    [Fact]
    public void Every_word_of_the_sample_starts_where_the_plan_placed_it()
    {
        var plan = Render.SamplePlan();
        using var pdf = new PdfReadBack(new PdfPainter().Paint(plan, DateTime.UnixEpoch));
        var pages = plan.Pages.ToList();
        int checkedWords = 0;
        foreach (var (page, box, ink) in Render.Texts(plan))
        {
            if (ink.Text.Trim().Length == 0) continue;
            int number = pages.IndexOf(page) + 1;
            var letters = pdf.Document.GetPage(number).Letters;
            double x = box.X + ink.X, y = plan.PageHeight - (box.Y + ink.Baseline);
            var start = letters.Where(l => Math.Abs(l.StartBaseLine.X - x) < 0.002 && Math.Abs(l.StartBaseLine.Y - y) < 0.002).ToList();
            Assert.True(start.Count > 0, $"'{ink.Text}' planned at ({x:0.###}, {y:0.###}) on page {number}: no letter starts there");
            // The word's letters follow from there, in order.
            int first = letters.ToList().IndexOf(start[0]);
            var painted = string.Concat(letters.Skip(first).Take(ink.Text.Length).Select(l => l.Value));
            Assert.Equal(ink.Text, painted);
            checkedWords++;
        }
        Assert.True(checkedWords > 500, $"{checkedWords} words checked");
    }

    [Theory]
    [InlineData(new byte[] { 0x00, 0x28, 0x00, 0x29 }, "(\0\\(\0\\))")]
    [InlineData(new byte[] { 0x5C, 0x0D, 0x0A, 0x41 }, "(\\\\\\r\\nA)")]
    [InlineData(new byte[] { 0x01, 0xFF }, "(\u0001\u00FF)")]
    public void Glyph_codes_are_literal_strings_with_only_syntax_and_line_ends_escaped(byte[] codes, string expected)
    {
        var buffer = new AsciiBuffer(16);
        buffer.AppendLiteral(codes);
        Assert.Equal(expected, Encoding.Latin1.GetString(buffer.Written));
    }
}
