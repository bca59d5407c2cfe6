using System.Globalization;
using Briefings.Typesetting.Model;

namespace Briefings.Typesetting.Layout;

/// <summary>
/// What a screen reader announces for an internal link: the kind of target and its words, in the
/// document's language ("Section: Methods", "Footnote 1: Smith, 2020 …"), never the raw "#fn-1".
/// </summary>
public static class LinkLabels
{
    private const int FootnoteWords = 12;

    public static IReadOnlyDictionary<string, string> For(Document document)
    {
        var words = Words.DocumentWords.For(document.Meta.Language);
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var heading in document.Blocks.OfType<Heading>())
            labels.TryAdd(heading.Id, words.SectionLink(heading.PlainText.Trim()));
        foreach (var note in document.Footnotes)
        {
            var number = note.Number.ToString(CultureInfo.InvariantCulture);
            labels.TryAdd("fn-" + number, words.FootnoteLink(number, Opening(string.Concat(note.Content.Select(s => s.Text)))));
        }
        return labels;
    }

    /// <summary>The first words of a note: enough to know it, short enough to hear.</summary>
    private static string Opening(string text)
    {
        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= FootnoteWords ? string.Join(' ', words) : string.Join(' ', words.Take(FootnoteWords)) + " …";
    }
}
