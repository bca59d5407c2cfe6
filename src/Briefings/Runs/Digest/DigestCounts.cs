namespace Briefings.Runs.Digest;

/// <summary>
/// Totals for the opening paragraph. New and updated count every case of the month, built or not;
/// <see cref="Undated"/> those whose file could not be read far enough to tell. <see cref="ChartPaths"/> is how many paths the chart draws: it stops
/// at <see cref="DigestModelBuilder.ChartLimit"/> so that it fits a page; the table lists them all.
/// </summary>
public sealed record DigestCounts(int Cases, int Built, int Failed, int New, int Updated, int Undated, int Paths, int ChartPaths, int Offline, int Persisting, int Unknown);
