using Briefings.Typesetting;

namespace Briefings.Sources.Model;

/// <summary>
/// A dated action a document reports. The structured fields (actor, action, platform, subject)
/// let events from different documents be matched; <see cref="Text"/> says it in words for the page;
/// <see cref="AsReported"/> keeps how the source itself put the date ("since Monday"); <see cref="Note"/>
/// says how the analyst arrived at the date when the source does not state it outright.
/// </summary>
public sealed record SourceEvent(
    string Id,
    PartialDate Date,
    string? AsReported,
    string Text,
    Reference Actor,
    EventAction Action,
    Reference Platform,
    Reference? Subject,
    Reference? Claim,
    string? Note,
    Location At)
{
    /// <summary>Where this event's report comes from when it differs from its document's origin.</summary>
    public Origin? Origin { get; init; }

    /// <summary>
    /// True when <see cref="Date"/> is when the event was first reported, not when it happened: it happened
    /// by then ("by October"), possibly long before.
    /// </summary>
    public bool FirstReported { get; init; }

    /// <summary>The days it could have happened: up to its date when only first reported then.</summary>
    public DateOnly Earliest => FirstReported ? DateOnly.MinValue : Date.Earliest;
}
