namespace Briefings.Typesetting.Tests;

public class ErrorTests
{
    private static List<Diagnostic> Errors(string markdown, string dir = ".") =>
        Render.Pdf(markdown, dir) is var r && r.Succeeded ? [] : r.Diagnostics.Where(d => d.Severity == Severity.Error).ToList();

    [Fact]
    public void Unknown_container_is_an_error_with_its_line()
    {
        var errors = Errors("Intro.\n\n:::sidebar\nText.\n:::\n");
        var error = Assert.Single(errors);
        Assert.Equal(("test.md", 3), (error.At.File, error.At.Line));
        Assert.Contains(":::bluf", error.Message);
    }

    [Fact]
    public void Missing_image_is_an_error_with_its_line()
    {
        var error = Assert.Single(Errors("# Title\n\n![Chart](missing.png)\n"));
        Assert.Equal(3, error.At.Line);
        Assert.Contains("missing.png", error.Message);
    }

    [Fact]
    public void Bad_front_matter_values_are_errors_at_their_line()
    {
        var errors = Errors("---\ntitle: T\npaper: a5\ntoc: perhaps\n---\n\nText.\n");
        Assert.Equal([3, 4], errors.Select(e => e.At.Line));
        Assert.Contains("a4 or letter", errors[0].Message);
    }

    [Fact]
    public void Issued_must_be_an_iso_date_and_dates_the_pdf()
    {
        var error = Assert.Single(Errors("---\ntitle: T\nissued: 10 March 2015\n---\n\nText.\n"));
        Assert.Equal(3, error.At.Line);
        Assert.Contains("YYYY-MM-DD", error.Message);

        var pdf = Render.Pdf("---\ntitle: T\ndate: Tuesday 10 March 2015\nissued: 2015-03-10\n---\n\nText.\n");
        using var read = UglyToad.PdfPig.PdfDocument.Open(pdf.Bytes!);
        Assert.StartsWith("D:20150310000000", read.Information.CreationDate);
    }

    [Fact]
    public void Malformed_front_matter_yaml_is_an_error()
    {
        var errors = Errors("---\ntitle: [unclosed\n---\n\nText.\n");
        Assert.NotEmpty(errors);
        Assert.All(errors, e => Assert.InRange(e.At.Line, 2, 4));
    }

    [Fact]
    public void A_bad_chart_is_an_error_at_its_line()
    {
        var error = Assert.Single(Errors("Text.\n\n```chart\ntype: pie\n```\n"));
        Assert.Equal(4, error.At.Line);
        Assert.Contains("timeline", error.Message);
    }

    [Fact]
    public void An_unknown_front_matter_key_is_a_warning_with_a_suggestion()
    {
        var result = Render.Pdf("---\ntitel: Oops\n---\n\nText.\n");
        Assert.True(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.Severity == Severity.Warning && d.At.Line == 2 && d.Message.Contains("did you mean 'title'"));
    }
}
