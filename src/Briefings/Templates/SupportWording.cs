using Briefings.Analysis;
using Briefings.Sources.Model;

namespace Briefings.Templates;

/// <summary>
/// How strong the evidence for a statement is, in words: how many independent origins it rests on, which
/// reports share an origin ("two reports of one Reuters story"), and the standing of a doubtful claim
/// ("one report, graded doubtful, says …"). The counts are always of independent origins.
/// </summary>
public sealed class SupportWording(Wording words)
{
    /// <summary>Words a sentence may start with that are not names, so "says the site" reads right.</summary>
    private static readonly HashSet<string> CommonOpeners = new(StringComparer.Ordinal)
    {
        "The", "A", "An", "It", "Its", "This", "These", "Those", "That", "Some", "Most", "Many", "Several",
        "Supporters", "Users", "Members", "Activity", "Their", "They", "Police", "Researchers",
    };

    /// <summary>"one source", "three independent sources", "two reports of one Reuters story", "five sources from four independent origins, among them …".</summary>
    public string Support(Support support)
    {
        var documents = support.Documents.Count;
        if (documents == 0) return "";
        if (documents == 1) return "one source";
        if (support.IndependentOrigins == documents) return $"{words.Number(documents)} independent sources";
        if (support.IndependentOrigins == 1) return Group(support.Groups[0]);
        // No parentheses: the phrase is often printed inside some already.
        return $"{words.Number(documents)} sources from {words.Quantity(support.IndependentOrigins, "independent origin")}, " +
               $"among them {words.List(support.SharedOrigins.Select(Group))}";
    }

    /// <summary>Reports counted as one origin, named by what they share.</summary>
    public string Group(OriginGroup group)
    {
        var n = group.Documents.Count;
        if (n == 1) return "one source";
        if (group.Shared is { } shared)
        {
            if (shared.Document is { } original && group.Documents.Any(d => d.Id == original.Id))
                return $"one {shared.Publisher} {shared.Noun} and {words.Quantity(n - 1, "report")} of it";
            return $"{words.Quantity(n, "report")} of one {shared.Publisher} {shared.Noun}";
        }
        if (group.SharedPublisher is not { } publisher) return $"{words.Quantity(n, "report")} that rest on each other";
        // The publisher's own document among them is the original, the others draw on it.
        var own = group.Documents.FirstOrDefault(d => string.Equals(d.Publisher, publisher, StringComparison.OrdinalIgnoreCase));
        return own is not null && n > 1 && group.Documents.Count(d => string.Equals(d.Publisher, publisher, StringComparison.OrdinalIgnoreCase)) == 1
            ? $"one {publisher} {OriginNode.NounOf(own.Kind)} and {words.Quantity(n - 1, "report")} drawing on it"
            : $"{words.Quantity(n, "report")} drawing on {publisher}";
    }

    /// <summary>
    /// A doubtful item's standing: "one report, graded doubtful", "two reports of one AP story, graded
    /// improbable", "one report, from a source graded not usually reliable". Empty when it is not doubtful.
    /// </summary>
    public string Standing(int? credibility, Support support, bool doubtful)
    {
        if (!doubtful) return "";
        var who = support.Documents.Count <= 1 ? "one report" : Support(support);
        var grade = credibility switch
        {
            4 => "graded doubtful",
            5 => "graded improbable",
            6 => "whose truth cannot be judged",
            _ => support.Documents.Count <= 1
                ? $"from a source graded {support.Documents.FirstOrDefault()?.Reliability.Label ?? "weak"}"
                : $"from sources graded {words.List(support.Documents.Select(d => d.Reliability.Label).Distinct())}",
        };
        return $"{who}, {grade}";
    }

    /// <summary>"One report, graded doubtful, says the site …"; the text as it is when there is no standing.</summary>
    public string Reported(string standing, int reports, string text) =>
        standing.Length == 0 ? text : $"{Wording.Capitalise(standing)}, {(reports > 1 ? "say" : "says")} {Lower(text)}";

    /// <summary>"Two reports of one Reuters story; credibility 2, probably true."</summary>
    public string Line(Support support, int? credibility) =>
        Wording.Capitalise(Support(support)) +
        (credibility is { } c ? $"; credibility {c}, {AdmiraltyScale.Credibility[c]}." : ".");

    /// <summary>Where a document's content comes from: "relays the Reuters story of 10 March 2015", "reports on the study listed as …".</summary>
    public string Origin(SourceDocument document, IReadOnlyList<SourceDocument> listed) => document.Origin switch
    {
        null => "",
        { Document: { } d } => listed.FirstOrDefault(l => l.Id == d.Text) is { } original
            ? $"reports on {original.Publisher}, “{original.Title}”, listed here"
            : $"reports on another document ({d.Text})",
        var o => Relays(o) + (o.Title is { } t ? $", “{t}”" : "") + (o.Date is { } date ? $" of {words.Date(date)}" : ""),
    };

    /// <summary>"the" reads right before any publisher's name, where "a" would have to agree with it ("an AP").</summary>
    private static string Relays(Origin o) => o.Kind switch
    {
        OriginKind.WireStory => $"relays the {o.Publisher} story",
        OriginKind.PressRelease => $"relays the {o.Publisher} press release",
        OriginKind.Study => $"reports the {o.Publisher} study",
        OriginKind.Statement => $"relays the {o.Publisher} statement",
        _ => $"relays the {o.Publisher} report",
    };

    private static string Lower(string text)
    {
        var first = text.Split(' ', 2)[0];
        return CommonOpeners.Contains(first) ? char.ToLowerInvariant(text[0]) + text[1..] : text;
    }
}
