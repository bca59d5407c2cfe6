using Briefings.Sources.Model;

namespace Briefings.Templates.Model;

/// <summary>A ban the sources report: in words, dated when a source dates it, with the source's own wording of the date.</summary>
/// <remarks><see cref="Text"/> carries a doubtful ban's standing ("One report, graded doubtful, says …"); <see cref="Standing"/> is that phrase alone, empty when not doubtful.</remarks>
public sealed record BanView(string Text, PartialDate? When, string? AsReported, IReadOnlyList<string> Cites, string Standing);
