using Markdig.Syntax;

namespace Briefings.Typesetting.Markdown;

/// <summary>
/// How deep lists, quotes and call-outs may nest. A brief needs three or four levels; past the limit the
/// layout would recurse once per level, so deeper input is an error at the first block too deep.
/// </summary>
internal static class MarkdownNesting
{
    public const int Limit = 32;

    public static readonly string Message = $"lists, quotes and call-outs are nested more than {Limit} levels deep here; flatten them";

    /// <summary>The first block nested past <see cref="Limit"/> containers, or null.</summary>
    public static Block? TooDeep(MarkdownDocument document) =>
        document.Descendants<Block>().FirstOrDefault(block => DepthOf(block) > Limit);

    /// <summary>
    /// For input Markdig itself refused as too deep: the line that opens the most quote markers or is
    /// indented furthest, which is where the nesting is. Lines are 1-based.
    /// </summary>
    public static int DeepestLine(string markdown)
    {
        var lines = markdown.Split('\n');
        int best = 0, bestScore = -1;
        for (int i = 0; i < lines.Length; i++)
        {
            var prefix = lines[i].AsSpan();
            int score = 0;
            foreach (var c in prefix)
            {
                if (c == '>') score += 2;
                else if (c == ' ') score += 1;
                else if (c == '\t') score += 4;
                else break;
            }
            if (score > bestScore) (best, bestScore) = (i, score);
        }
        return best + 1;
    }

    private static int DepthOf(Block block)
    {
        int depth = 0;
        for (var parent = block.Parent; parent is not null; parent = parent.Parent)
            if (parent is ListBlock or QuoteBlock or Markdig.Extensions.CustomContainers.CustomContainer) depth++;
        return depth;
    }
}
