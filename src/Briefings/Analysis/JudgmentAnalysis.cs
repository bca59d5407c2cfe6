using Briefings.Sources.Model;

namespace Briefings.Analysis;

/// <summary>
/// A key judgment, numbered as in the brief, with the documents it ultimately rests on and the independent
/// origins they amount to: what the brief says the judgment rests on.
/// </summary>
public sealed record JudgmentAnalysis(int Number, KeyJudgment Judgment, IReadOnlyList<SourceDocument> Documents, Support Support)
{
    public int IndependentSources => Support.IndependentOrigins;
}
