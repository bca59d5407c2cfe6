using System.Globalization;
using Briefings.Typesetting.Model;

namespace Briefings.Typesetting.Layout;

/// <summary>
/// What a screen reader announces for an internal link: the kind of target and its words
/// ("Section: The bans", "Footnote 1: ITProPortal, …"), never the raw "#fn-1".
/// </summary>
public static class LinkLabels
{
    private const int FootnoteWords = 12;

    public static IReadOnlyDictionary<string, string> For(Document document)
    {
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var heading in document.Blocks.OfType<Heading>())
            labels.TryAdd(heading.Id, "Section: " + heading.PlainText.Trim());
        foreach (var note in document.Footnotes)
        {
            var number = note.Number.ToString(CultureInfo.InvariantCulture);
            labels.TryAdd("fn-" + number, $"Footnote {number}: {Opening(string.Concat(note.Content.Select(s => s.Text)))}");
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
