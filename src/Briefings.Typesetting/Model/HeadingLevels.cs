namespace Briefings.Typesetting.Model;

/// <summary>
/// The level each heading has for a reader (PDF tags, HTML elements), which is not always the number
/// of #s: below a title block (itself the one level-1 heading) the document's headings step down one,
/// and a heading never sits more than one level below the one before it (no h1 → h3 jump).
/// PDF and HTML take their levels from here, so the two always agree.
/// </summary>
public static class HeadingLevels
{
    public static IReadOnlyDictionary<Heading, int> For(Document document)
    {
        var headings = All(document.Blocks).ToList();
        int shift = document.Meta.HasTitleBlock && headings.Any(h => h.Level == 1) ? 1 : 0;
        var levels = new Dictionary<Heading, int>(ReferenceEqualityComparer.Instance);
        int previous = document.Meta.HasTitleBlock ? 1 : 0;
        foreach (var heading in headings)
        {
            int level = Math.Clamp(Math.Min(heading.Level + shift, previous + 1), 1, 6);
            levels[heading] = level;
            previous = level;
        }
        return levels;
    }

    private static IEnumerable<Heading> All(IEnumerable<Block> blocks)
    {
        foreach (var block in blocks)
        {
            if (block is Heading heading) yield return heading;
            var inner = block switch
            {
                Quote q => q.Content,
                Callout c => c.Content,
                ListBlock l => l.Items.SelectMany(item => item),
                _ => [],
            };
            foreach (var nested in All(inner)) yield return nested;
        }
    }
}
