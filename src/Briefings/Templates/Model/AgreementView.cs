using Briefings.Sources.Model;

namespace Briefings.Templates.Model;

/// <summary>
/// Something two or more sources report alike: in words, dated when it is an event, with how many sources
/// and independent sources give it and the Admiralty credibility that earns (1 when confirmed). <see cref="Text"/>
/// carries a doubtful item's standing; <see cref="Support"/> is the whole line ("Two reports of one Reuters story; credibility 2, probably true.").
/// </summary>
public sealed record AgreementView(
    string Text,
    PartialDate? When,
    int Sources,
    int IndependentSources,
    int? Credibility,
    string? CredibilityLabel,
    IReadOnlyList<string> Cites,
    string Support);
