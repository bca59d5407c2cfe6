using Briefings.Sources.Model;

namespace Briefings.Analysis;

/// <summary>Claims an analyst linked with `contradicts`: each version with the document that gives it.</summary>
public sealed record Disagreement(IReadOnlyList<ClaimReport> Versions);

/// <summary>One document's claim, for showing beside another's.</summary>
public sealed record ClaimReport(SourceDocument Document, Claim Claim);
