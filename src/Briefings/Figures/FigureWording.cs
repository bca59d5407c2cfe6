using Briefings.Templates;
using Briefings.Typesetting.Words;

namespace Briefings.Figures;

/// <summary>
/// The words the brief's and the digest's figures print, in one locale, beside <see cref="Wording"/> whose
/// dates, spans and lists they use: a chart says a date or a span exactly as the text around it does.
/// </summary>
public sealed class FigureWording(Locale locale)
{
    private readonly Wording _wording = new(locale);

    public Wording Wording => _wording;

    /// <summary>What set the move off: "loss of hosting for Cloudflare", "bans on Twitter and Facebook".</summary>
    public string Trigger(string banAction, IReadOnlyList<string> from) => banAction switch
    {
        "lost-hosting" => $"loss of hosting for {_wording.List(from)}",
        "suspended-accounts" => $"account suspensions on {_wording.List(from)}",
        "blocked" => $"blocking of {_wording.List(from)}",
        "announced-ban" => $"announced bans on {_wording.List(from)}",
        _ => $"bans on {_wording.List(from)}",
    };

    /// <summary>Over the arrows: the trigger and how fast activity arrived.</summary>
    public string Note(FlowRoute route) => string.Join(" · ", new[]
    {
        route.BanAction is null ? null : Trigger(route.BanAction, route.From),
        route.ToLaunch.Length > 0 ? $"arrived {route.ToLaunch} after the ban" : null,
    }.OfType<string>());

    /// <summary>Under the destination: "Offline · up 0–8 days (disputed)".</summary>
    public string Status(FlowRoute route) =>
        Wording.Capitalise(route.Outcome) + (route.Up.Length > 0 ? $" · up {route.Up}" : "");

    /// <summary>What a screen reader hears for the whole flow.</summary>
    public string FlowAlt(DisplacementFlow flow) => "Displacement flow. " + string.Join(" ", flow.Routes.Select(r =>
        $"From {_wording.List(r.From)} to {r.To}" +
        (r.BanAction is null ? "" : $", after {Trigger(r.BanAction, r.From)}") +
        (r.ToLaunch.Length > 0 ? $"; activity arrived {r.ToLaunch} after the ban" : "") +
        (r.Up.Length > 0 ? $"; stayed up {r.Up}" : "") +
        $"; status: {r.Outcome}."));

    /// <summary>The timeline's key and alternative text.</summary>
    public TimelineWords Timeline { get; } = new(
        "Timeline of {0} event", "Timeline of {0} events",
        "date agreed", "sources disagree on the date", "known only to the month or year", "(sources disagree on the date)");
}
