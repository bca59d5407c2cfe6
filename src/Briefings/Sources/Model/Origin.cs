using Briefings.Typesetting;

namespace Briefings.Sources.Model;

/// <summary>
/// Where a document's content (or one claim's or event's) comes from, as opposed to who carried it (the
/// document's publisher): a wire story, a press release, a study, a statement or an earlier report, with
/// its publisher, title and date where known, or another document of the library (<see cref="Document"/>).
/// Reports that share an origin are not independent of each other.
/// </summary>
public sealed record Origin(
    OriginKind Kind,
    string? Publisher,
    string? Title,
    PartialDate? Date,
    Reference? Document,
    Location At);
