using Briefings.Sources.Model;

namespace Briefings.Analysis;

/// <summary>
/// What a "based_on" reference resolved to: a judgment of the case, or a document and possibly one
/// claim or event in it. The brief cites the documents; a judgment cites what it rests on in turn.
/// </summary>
public sealed record Evidence(SourceDocument? Document, Claim? Claim, SourceEvent? Event, KeyJudgment? Judgment);
