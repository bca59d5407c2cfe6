namespace Briefings.Typesetting;

/// <summary>"Did you mean …?" for misspelt names: the closest candidate within a small edit distance.</summary>
public static class DidYouMean
{
    public static string? Nearest(string word, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var distance = Distance(word.ToLowerInvariant(), candidate.ToLowerInvariant());
            if (distance < bestDistance) (best, bestDistance) = (candidate, distance);
        }
        return bestDistance <= Math.Max(2, word.Length / 3) ? best : null;
    }

    /// <summary>" Did you mean 'x'?" or nothing, ready to append to a message.</summary>
    public static string Suffix(string word, IEnumerable<string> candidates) =>
        Nearest(word, candidates) is { } near ? $"; did you mean '{near}'?" : "";

    /// <summary>"did you mean 'x'?" when something is close, otherwise <paramref name="otherwise"/>.</summary>
    public static string Hint(string word, IEnumerable<string> candidates, string otherwise) =>
        Nearest(word, candidates) is { } near ? $"did you mean '{near}'?" : otherwise;

    /// <summary>Levenshtein distance, two rows.</summary>
    public static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
