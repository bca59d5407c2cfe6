using Briefings.Sources.Model;
using Briefings.Templates;

namespace Briefings.Figures;

/// <summary>Where activity went: each route from the platforms it left to where it arrived, and how that ended. Worded in <see cref="Locale"/>.</summary>
public sealed record DisplacementFlow(string? Title, IReadOnlyList<FlowRoute> Routes, Locale Locale);

/// <summary>
/// One route. <see cref="BanAction"/> is the action of the dated ban the days to launch count from
/// ("lost-hosting", "" when none is dated), null when the figure does not say what triggered the move.
/// <see cref="Outcome"/> is offline, persisting or unknown; <see cref="DaysUp"/> is a lower bound when
/// <see cref="StillUp"/>, and covers every source's count when <see cref="Disputed"/>.
/// </summary>
public sealed record FlowRoute(
    IReadOnlyList<string> From,
    string To,
    string? BanAction,
    string Outcome,
    DaySpan? DaysToLaunch,
    DaySpan? DaysUp,
    bool StillUp,
    bool Disputed);
