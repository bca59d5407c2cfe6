using Briefings.Sources.Model;

namespace Briefings.Templates.Model;

/// <summary>A ban the sources report: in words, dated when a source dates it, with the source's own wording of the date.</summary>
public sealed record BanView(string Text, PartialDate? When, string? AsReported, IReadOnlyList<string> Cites);
