using System.Globalization;
using System.Text;
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
            labels.TryAdd("fn-" + number, words.FootnoteLink(number, Opening(note.Content)));
        }
        return labels;
    }

    /// <summary>
    /// The first words of a note, one space apart: enough to know it, short enough to hear. Read straight
    /// from its spans (a word may run across two) and no further than the words it needs.
    /// </summary>
    private static string Opening(IReadOnlyList<Span> note)
    {
        var opening = new StringBuilder();
        int words = 0;
        bool inWord = false;
        foreach (var span in note)
            foreach (var c in span.Text)
            {
                if (char.IsWhiteSpace(c)) { inWord = false; continue; }
                if (!inWord)
                {
                    if (words == FootnoteWords) return opening.Append(" …").ToString();
                    if (words++ > 0) opening.Append(' ');
                    inWord = true;
                }
                opening.Append(c);
            }
        return opening.ToString();
    }
}
