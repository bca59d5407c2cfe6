using Briefings.Sources.Model;

namespace Briefings.Analysis;

/// <summary>Why two sources are listed as disagreeing.</summary>
public enum DisagreementKind
{
    /// <summary>An analyst linked their claims with `contradicts`.</summary>
    Contradiction,

    /// <summary>They report the same event (same actor, action, platform and subject) on days that cannot be the same.</summary>
    Date,

    /// <summary>A later claim revises an earlier one (`revises`): an update, not a disagreement; earlier version first.</summary>
    Revision,
}

/// <summary>Where the sources of a case disagree: each version with the document that gives it, in source order.</summary>
public sealed record Disagreement(DisagreementKind Kind, IReadOnlyList<DisagreementVersion> Versions)
{
    public IReadOnlyList<SourceDocument> Documents => Versions.Select(v => v.Document).Distinct().ToList();
}

/// <summary>
/// One source's version: its claim (for a contradiction) or its report of the event (for a date), and
/// the document. <see cref="Claim"/> is set for contradictions, <see cref="Event"/> for dates.
/// </summary>
public sealed record DisagreementVersion(SourceDocument Document, Claim? Claim, SourceEvent? Event)
{
    public string Text => Claim?.Text ?? Event?.Text ?? "";

    public PartialDate? Date => Event?.Date;
}

/// <summary>One document's claim, for showing beside another's.</summary>
public sealed record ClaimReport(SourceDocument Document, Claim Claim);
