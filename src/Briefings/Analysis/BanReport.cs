using Briefings.Sources.Model;

namespace Briefings.Analysis;

/// <summary>
/// A ban as the brief shows it: a path's trigger (a claim, often undated) or a dated ban-type event
/// on one of the platforms activity left.
/// </summary>
public sealed record BanReport(string Text, PartialDate? Date, string? AsReported, IReadOnlyList<SourceDocument> Documents);
