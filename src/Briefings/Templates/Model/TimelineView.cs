using Briefings.Sources.Model;

namespace Briefings.Templates.Model;

/// <summary>A row of the timeline: the date, what happened, each source's own wording of the date, and who reports it.</summary>
public sealed record TimelineView(PartialDate When, string Text, string Platform, IReadOnlyList<string> AsReported, IReadOnlyList<string> Cites);
