using Briefings.Sources.Model;

namespace Briefings.Analysis;

/// <summary>Something the sources do not tell us, from a document's own unknowns or the case's.</summary>
public sealed record UnknownItem(string Text, IReadOnlyList<SourceDocument> Documents);
