using Briefings.Analysis;

namespace Briefings.Templates;

/// <summary>
/// A displacement path's measures in words, for the brief's sentence, its flow chart and the digest alike,
/// so that none of them can claim a time the dates do not allow: "by October 2019" for a move known only
/// from its first report, "not measurable" where the arrival may precede the ban, "(disputed)" on every
/// measure from a date the sources disagree on.
/// </summary>
public sealed class PathWording(Wording words)
{
    /// <summary>"It went live on 8 March 2015." / "Activity had moved there by October 2019, when it was first reported."</summary>
    public string Arrival(PathAnalysis path)
    {
        var m = path.Metrics;
        if (m.Arrived is not { } arrived) return "";
        var launched = path.Launch is not null;
        var disputed = path.Arrival?.Disputed == true ? " (disputed: the sources give different dates)" : "";
        if (m.ArrivedBy)
            return launched
                ? $"It was live by {words.Date(arrived)}, when its launch was first reported{disputed}."
                : $"Activity had moved there by {words.Date(arrived)}, when the move was first reported{disputed}.";
        return launched
            ? $"It went live on {words.Date(arrived)}{disputed}."
            : $"The first move there is dated {words.Date(arrived)}{disputed}.";
    }

    /// <summary>The sentence on the time from the last dated ban to the arrival, or why it cannot be measured.</summary>
    public string BanToArrival(PathAnalysis path)
    {
        var m = path.Metrics;
        var what = path.Launch is not null ? "launch" : "arrival";
        return m.BanToArrival switch
        {
            Analysis.BanToArrival.ArrivalUndated => "Its arrival there is not dated, so the time from ban to arrival cannot be measured.",
            Analysis.BanToArrival.NoDatedBan => $"No dated ban is known to come before it, so the time from ban to {what} cannot be measured.",
            Analysis.BanToArrival.FirstReported =>
                $"The time from the ban to the {what} is not measurable: it is dated only by its first report, and may have come before the ban.",
            Analysis.BanToArrival.MayPrecedeBan =>
                $"The time from the ban to the {what} is not measurable: the {what} is dated only to {words.Date(m.Arrived!.Value)}, " +
                $"and may have come before the last dated ban ({words.Date(path.Ban!.Date)}).",
            _ when m.DaysToLaunch is { IsExact: true, Min: 0 } => "That was the same day as the last dated ban.",
            _ => $"That was {words.Span(m.DaysToLaunch!.Value)} the last dated ban" +
                 (m.DaysToLaunchDisputed ? " (disputed: the range covers every source's date)." : "."),
        };
    }

    /// <summary>
    /// For a chart or a table cell: "8 days", "less than a day", "0–8 days (disputed)", <paramref name="notMeasurable"/>
    /// when the arrival may precede the ban, or <paramref name="unknown"/>. A flow chart says "arrived … after the ban",
    /// so it takes an empty text where the arrival may not be after it at all.
    /// </summary>
    public string DaysToLaunch(DisplacementMetrics m, string unknown, string notMeasurable) => m.BanToArrival switch
    {
        Analysis.BanToArrival.FirstReported or Analysis.BanToArrival.MayPrecedeBan => notMeasurable,
        Analysis.BanToArrival.Measured when m.DaysToLaunch is { } d =>
            (d is { IsExact: true, Min: 0 } ? "less than a day" : words.Days(d)) + (m.DaysToLaunchDisputed ? " (disputed)" : ""),
        _ => unknown,
    };

    /// <summary>"at least 12 days", "0–8 days (disputed)", "one day"; empty when not known.</summary>
    public string DaysUp(DisplacementMetrics m) => m.DaysUp is not { } d
        ? ""
        : m.StillUp ? $"at least {words.Days(d)}" : words.Days(d) + (m.Disputed ? " (disputed)" : "");
}
