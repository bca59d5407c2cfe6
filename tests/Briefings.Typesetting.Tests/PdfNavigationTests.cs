using UglyToad.PdfPig.Actions;
using UglyToad.PdfPig.Outline;
using UglyToad.PdfPig.Tokens;

namespace Briefings.Typesetting.Tests;

/// <summary>Bookmarks, internal links and footnote references land on what they name, read back from the PDF.</summary>
public class PdfNavigationTests
{
    private static readonly Lazy<byte[]> Sample = new(() =>
        Render.Pdf(File.ReadAllText(Path.Combine(Render.SampleDirectory, "engine-sample.md")), Render.SampleDirectory).Bytes!);

    [Fact]
    public void Every_bookmark_lands_just_above_its_heading()
    {
        using var pdf = new PdfReadBack(Sample.Value);
        Assert.True(pdf.Document.TryGetBookmarks(out var bookmarks));
        var nodes = bookmarks.GetNodes().OfType<DocumentBookmarkNode>().ToList();
        Assert.NotEmpty(nodes);
        foreach (var node in nodes)
            AssertLandsOn(pdf, node.Destination.PageNumber, node.Destination.Coordinates.Top!.Value, node.Title);
    }

    [Fact]
    public void Every_internal_link_lands_on_its_target_and_says_where_it_goes()
    {
        using var pdf = new PdfReadBack(Sample.Value);
        int internalLinks = 0;
        foreach (var page in pdf.Document.GetPages())
            foreach (var annotation in page.GetAnnotations())
            {
                var description = annotation.Content ?? "";
                Assert.False(description.StartsWith('#'), $"link described by its raw target: {description}");
                Assert.False(string.IsNullOrWhiteSpace(description), "a link without a description");
                if (annotation.Action is not GoToAction goTo) continue;
                internalLinks++;
                var target = description.StartsWith("Footnote ") ? description["Footnote ".Length..].Split(':')[0] : description["Section: ".Length..];
                AssertLandsOn(pdf, goTo.Destination.PageNumber, goTo.Destination.Coordinates.Top!.Value, target);
            }
        Assert.True(internalLinks > 5, $"only {internalLinks} internal links found");
    }

    /// <summary>The target's first word is on that page, its top at most 30 pt below the destination's top and not above it.</summary>
    private static void AssertLandsOn(PdfReadBack pdf, int pageNumber, double top, string text)
    {
        var first = text.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0];
        var words = pdf.Document.GetPage(pageNumber).GetWords().Where(w => w.Text.TrimEnd(',', '.') == first.TrimEnd(',', '.')).ToList();
        Assert.True(words.Count > 0, $"'{first}' is not on page {pageNumber}");
        Assert.True(words.Any(w => w.BoundingBox.Top <= top + 0.5 && top - w.BoundingBox.Top < 30),
            $"'{text}': destination top {top:0.0} on page {pageNumber}, but the word sits at {string.Join(", ", words.Select(w => w.BoundingBox.Top.ToString("0.0")))}");
    }
}
