using Briefings.Sources.Model;

namespace Briefings.Templates.Model;

/// <summary>
/// A row of the timeline: the date, what happened, each source's own wording of the date, who reports
/// it, how many independent sources that is, and whether the sources disagree about it. <see cref="Text"/> carries
/// a doubtful event's standing (<see cref="Standing"/> alone); <see cref="WhenText"/> is the date in words, "by October 2019"
/// when the date is only that of its first report.
/// </summary>
public sealed record TimelineView(
    PartialDate When,
    string Text,
    string Platform,
    IReadOnlyList<string> AsReported,
    IReadOnlyList<string> Cites,
    int IndependentSources,
    bool Disputed,
    string Standing,
    string WhenText);
