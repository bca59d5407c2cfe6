namespace Briefings.Benchmarks;

/// <summary>
/// Documents of a given length in dense A4 pages, made of the ten-page document's material (two sections
/// a page: justified paragraphs with footnotes, a table every eight sections, lists), so that cost per page
/// can be compared across lengths.
/// </summary>
public static class DensePages
{
    public static string Markdown(int pages) => TenPages.Build(2 * pages);
}
