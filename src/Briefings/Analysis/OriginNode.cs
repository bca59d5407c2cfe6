using Briefings.Sources.Model;

namespace Briefings.Analysis;

/// <summary>
/// One report a piece of content passes through: a document of the library, or an original outside it
/// (a wire story, a press release, a study, a statement). <see cref="Key"/> tells two apart; the rest is
/// how the brief names it ("one Reuters story", "a Europol statement").
/// </summary>
public sealed record OriginNode(string Key, string Publisher, string Noun, SourceDocument? Document)
{
    /// <summary>What a document of this kind is called when it is the original: "study", "statement", "report".</summary>
    public static string NounOf(DocumentKind kind) => kind switch
    {
        DocumentKind.Research => "study",
        DocumentKind.PlatformStatement or DocumentKind.GovernmentStatement => "statement",
        DocumentKind.Analysis => "analysis",
        DocumentKind.OfficialRecord => "record",
        _ => "report",
    };
}

/// <summary>
/// A report's provenance: every report its content passes through, from the document that carries it
/// back to the original, and every publisher on the way, compared without case or spacing.
/// </summary>
public sealed record OriginChain(IReadOnlyList<OriginNode> Nodes, IReadOnlySet<string> Publishers)
{
    /// <summary>Independent only when the chains share no report and no publisher.</summary>
    public bool IndependentOf(OriginChain other) =>
        !Nodes.Any(n => other.Nodes.Any(o => o.Key == n.Key)) && !Publishers.Overlaps(other.Publishers);
}

/// <summary>One document's report of something, with the origin of that item when it differs from the document's.</summary>
public sealed record SourcedReport(SourceDocument Document, Origin? ItemOrigin);
