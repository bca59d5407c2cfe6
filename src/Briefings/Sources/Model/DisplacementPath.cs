using Briefings.Typesetting;

namespace Briefings.Sources.Model;

/// <summary>
/// Activity leaving one or more platforms for another after a ban: from where, to where, what
/// set it off (claims or events), and how it ended.
/// </summary>
public sealed record DisplacementPath(
    string Id,
    IReadOnlyList<Reference> From,
    Reference To,
    IReadOnlyList<Reference> Trigger,
    PathOutcome Outcome,
    IReadOnlyList<Reference> BasedOn,
    Location At);
