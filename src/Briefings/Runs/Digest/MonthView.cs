using Briefings.Sources.Model;

namespace Briefings.Runs.Digest;

/// <summary>The month: its id ("2015-03") and itself as a date, for {{ date month.date }} → "March 2015".</summary>
public sealed record MonthView(string Id, PartialDate Date);
