namespace Briefings.Sources.Model;

/// <summary>How much of a date the source actually gave; kept so the page never claims more.</summary>
public enum DatePrecision { Year, Month, Day }
