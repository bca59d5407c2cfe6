using Briefings.Sources.Model;
using Briefings.Templates;

namespace Briefings.Figures;

/// <summary>Events the sources report, on a date axis, worded in <see cref="Locale"/>.</summary>
public sealed record EventTimeline(string? Title, IReadOnlyList<TimelineItem> Events, Locale Locale);

/// <summary>
/// An event at its date's own precision; <see cref="WhenText"/> is that date as the brief words it ("by
/// October 2019" for an event known only from its first report); disputed when the sources date it differently.
/// </summary>
public sealed record TimelineItem(PartialDate When, string WhenText, string Text, bool Disputed);
