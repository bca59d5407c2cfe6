using Briefings.Sources.Model;

namespace Briefings.Analysis;

/// <summary>
/// A ban as the brief shows it: a path's trigger (a claim, often undated) or a dated ban-type event
/// on one of the platforms activity left, with the origins behind it and whether it is doubtful.
/// </summary>
public sealed record BanReport(string Text, PartialDate? Date, string? AsReported, IReadOnlyList<SourceDocument> Documents)
{
    public Support Support { get; init; } = Support.None;

    public int? Credibility { get; init; }

    public bool Doubtful => CredibilityRule.IsDoubtful(Credibility, Support);
}
