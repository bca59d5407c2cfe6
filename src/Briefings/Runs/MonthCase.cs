using Briefings.Sources.Model;

namespace Briefings.Runs;

/// <summary>
/// A case a monthly run takes on: its id (the file's name, which names its outputs even when the file
/// cannot be read), the file, the parsed case when there is one, why it belongs to the month, and
/// whether it is new this month.
/// </summary>
public sealed record MonthCase(string Id, string File, CaseFile? Case, Placement PlacedBy, CaseStanding Standing);
