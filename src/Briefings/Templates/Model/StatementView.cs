namespace Briefings.Templates.Model;

/// <summary>An analyst's statement with the footnote labels of its sources and the key judgments it builds on.</summary>
public sealed record StatementView(string Text, IReadOnlyList<string> Cites, IReadOnlyList<int> Judgments);
