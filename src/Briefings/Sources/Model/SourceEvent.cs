using Briefings.Problems;

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
    Location At);
