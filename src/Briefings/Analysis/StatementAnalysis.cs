using Briefings.Sources.Model;

namespace Briefings.Analysis;

/// <summary>An analyst's statement with the documents it rests on and the key judgments it builds on.</summary>
public sealed record StatementAnalysis(Statement Statement, IReadOnlyList<SourceDocument> Documents, IReadOnlyList<int> JudgmentNumbers);
