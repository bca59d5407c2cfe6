using Briefings.Templates;

namespace Briefings.Figures;

/// <summary>Where activity went: each route from the platforms it left to where it arrived, and how that ended. Worded in <see cref="Locale"/>.</summary>
public sealed record DisplacementFlow(string? Title, IReadOnlyList<FlowRoute> Routes, Locale Locale);

/// <summary>
/// One route. <see cref="BanAction"/> is the action of the dated ban the days to launch count from
/// ("lost-hosting", "" when none is dated), null when the figure does not say what triggered the move.
/// <see cref="Outcome"/> is offline, persisting or unknown. <see cref="ToLaunch"/> and <see cref="Up"/> are
/// the path's own words for its measures (<see cref="Templates.PathWording"/>: "0–8 days (disputed)", "at
/// least 12 days"), empty when the chart must not state one (the arrival may precede the ban, or is not known).
/// </summary>
public sealed record FlowRoute(
    IReadOnlyList<string> From,
    string To,
    string? BanAction,
    string Outcome,
    string ToLaunch,
    string Up);
