using Briefings.Sources.Model;

namespace Briefings.Analysis;

/// <summary>A key judgment, numbered as in the brief, with the documents it ultimately rests on.</summary>
public sealed record JudgmentAnalysis(int Number, KeyJudgment Judgment, IReadOnlyList<SourceDocument> Documents)
{
    /// <summary>How many independent sources those documents are: what the brief says the judgment rests on.</summary>
    public int IndependentSources => SourceIndependence.Count(Documents);
}
