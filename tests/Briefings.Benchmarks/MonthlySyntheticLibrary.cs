using System.Globalization;
using System.Text;

namespace Briefings.Benchmarks;

/// <summary>
/// Writes a synthetic sources folder for benchmarking a monthly run: N invented cases in one month, each
/// with two invented reports (claims, dated events, a disagreement), one or two displacement paths,
/// three judgments, implications and recommendations: about the size of a real brief. Deterministic
/// (fixed seed), and plainly synthetic: every name is made up and every file says so.
/// </summary>
public static class MonthlySyntheticLibrary
{
    public const string Month = "2031-03";

    private static readonly string[] Mainstream = ["alpha-net", "omega-tube", "sigma-social"];

    private static readonly string[] Kinds = ["bespoke", "alternative", "messaging"];

    private static readonly string[] Outcomes = ["offline", "persisting", "unknown"];

    public static void Write(string root, int cases)
    {
        Directory.CreateDirectory(Path.Combine(root, "cases"));
        Directory.CreateDirectory(Path.Combine(root, "documents"));
        var random = new Random(2031);

        var platforms = new StringBuilder("# Synthetic registry for the monthly benchmark.\nplatforms:\n");
        foreach (var id in Mainstream)
            platforms.Append($"  - id: {id}\n    name: {Title(id)}\n    kind: mainstream\n");
        for (var i = 0; i < cases; i++)
            for (var p = 0; p < 2; p++)
                platforms.Append($"  - id: {Site(i, p)}\n    name: Site {i:D3}{(char)('A' + p)}\n    kind: {Kinds[(i + p) % Kinds.Length]}\n{(p == 0 ? "    built_with: KitX\n" : "")}");
        File.WriteAllText(Path.Combine(root, "platforms.yaml"), platforms.ToString());
        File.WriteAllText(Path.Combine(root, "actors.yaml"),
            "# Synthetic actors for the monthly benchmark.\nactors:\n  - id: example-group\n    name: Example Group\n    kind: group\n  - id: example-supporters\n    name: Example Group supporters\n    kind: supporters\n");

        for (var i = 0; i < cases; i++)
        {
            var day = 1 + random.Next(20);
            var paths = 1 + i % 2;
            var banned = Mainstream[i % Mainstream.Length];
            for (var d = 0; d < 2; d++)
                File.WriteAllText(Path.Combine(root, "documents", $"{Report(i, d)}.yaml"), Document(i, d, day, paths, banned, random));
            File.WriteAllText(Path.Combine(root, "cases", $"synthetic-case-{i:D3}.yaml"), Case(i, day, paths, banned));
        }
    }

    private static string Document(int i, int d, int day, int paths, string banned, Random random)
    {
        var other = Report(i, 1 - d);
        var text = new StringBuilder($"""
            # Synthetic document for the monthly benchmark: invented, describes nothing real.
            id: {Report(i, d)}
            title: Synthetic report {d + 1} on case {i:D3}
            publisher: {(d == 0 ? "Example Times" : "Example Weekly")}
            author: A. Writer
            published: {Month}-{day + 9:D2}
            kind: {(d == 0 ? "news-report" : "analysis")}
            language: en
            reliability:
              grade: {(d == 0 ? "B" : "C")}
              reason: Synthetic benchmark document.
            summary: >
              An invented report for the benchmark. It says that {Title(banned)} removed the group's accounts, that
              supporters moved to sites of their own within days, and that at least one site went offline soon after.
              It does not say how many people followed, and it names no primary source for the dates it gives.
            claims:
              - id: accounts-removed
                text: {Title(banned)} removed the group's accounts early in the month.
                credibility: 2
                about: [example-group]
              - id: supporters-moved
                text: Supporters moved to sites of their own within days of the removal.
                credibility: 3
                about: [example-supporters]
              - id: time-up
                text: The first new site stayed up for {(d == 0 ? "four days" : "about a week")}.
                credibility: {(d == 0 ? 3 : 4)}
                contradicts: [{other}#time-up]
            events:
              - id: ban
                date: {Month}-{day:D2}
                text: {Title(banned)} removed the group's accounts.
                actor: {banned}
                action: banned
                platform: {banned}
                subject: example-group
                claim: accounts-removed

            """);
        for (var p = 0; p < paths; p++)
        {
            var launch = day + 1 + p + random.Next(2);
            var end = launch + (d == 0 ? 4 : 7);
            // Only a destination whose path ends "offline" is reported going offline.
            if (Outcome(i, p) != "offline")
            {
                text.Append($"""
                      - id: launch-{p}
                        date: {Month}-{launch:D2}
                        text: Site {i:D3}{(char)('A' + p)} went live.
                        actor: example-supporters
                        action: launched
                        platform: {Site(i, p)}

                    """);
                continue;
            }
            text.Append($"""
                  - id: launch-{p}
                    date: {Month}-{launch:D2}
                    text: Site {i:D3}{(char)('A' + p)} went live.
                    actor: example-supporters
                    action: launched
                    platform: {Site(i, p)}
                  - id: offline-{p}
                    date: {(d == 1 && p == 0 ? Month : $"{Month}-{end:D2}")}
                    text: Site {i:D3}{(char)('A' + p)} went offline.
                    actor: example-supporters
                    action: went-offline
                    platform: {Site(i, p)}

                """);
        }
        text.Append("unknowns:\n  - How many supporters followed.\n");
        return text.ToString();
    }

    private static string Case(int i, int day, int paths, string banned)
    {
        var text = new StringBuilder($"""
            # Synthetic case for the monthly benchmark: invented, describes nothing real.
            id: synthetic-case-{i:D3}
            title: "Synthetic case {i:D3}: supporters' sites after the {Title(banned)} removals"
            subtitle: An invented case for benchmarking the monthly run
            question: Where did supporters' activity go after the removals, how fast, and did it last?
            period:
              start: {Month}
            marking: OFFICIAL
            as_of: {Month}-28
            prepared_by: Briefings benchmark
            keywords: [synthetic, benchmark]
            sources: [{Report(i, 0)}, {Report(i, 1)}]
            bottom_line:
              text: >
                Removed from {Title(banned)}, supporters of an invented group opened {(paths == 1 ? "a site" : "two sites")} of their own within
                days; the first went offline within about a week, and the reports disagree on exactly when.
              based_on: [kj-response, kj-short-lived]
            paths:

            """);
        for (var p = 0; p < paths; p++)
            text.Append($"""
                  - id: path-{p}
                    from: [{banned}]
                    to: {Site(i, p)}
                    trigger: [{Report(i, 0)}#ban]
                    outcome: {Outcome(i, p)}
                    based_on: [{Report(i, 0)}#supporters-moved]

                """);
        text.Append($"""
            judgments:
              - id: kj-response
                text: The new sites were set up in response to the removals.
                likelihood: likely
                confidence: low
                confidence_reason: Both reports make the link, but only by timing.
                based_on: [{Report(i, 0)}#supporters-moved, {Report(i, 1)}#supporters-moved]
              - id: kj-short-lived
                text: The first site gave supporters no lasting home.
                likelihood: very likely
                confidence: moderate
                confidence_reason: Both reports have it offline within about a week.
                based_on: [{Report(i, 0)}#time-up, {Report(i, 1)}#time-up]
              - id: kj-again
                text: Supporters will open sites of their own again after the next removals.
                likelihood: roughly even chance
                confidence: low
                confidence_reason: One invented case says little about later behaviour.
                based_on: [kj-response]
            implications:
              - text: Removals can push supporters to sites beyond platform moderation, if only briefly.
                based_on: [kj-response, kj-short-lived]
            recommendations:
              - text: Watch for new sites in the days after large removals.
                based_on: [kj-again]
            unknowns:
              - text: How many supporters followed.
                based_on: [{Report(i, 0)}]

            """);
        return text.ToString();
    }

    private static string Outcome(int i, int p) => p == 0 ? "offline" : Outcomes[i % Outcomes.Length];

    private static string Report(int i, int d) => $"synthetic-report-{i:D3}-{(d == 0 ? "a" : "b")}";

    private static string Site(int i, int p) => $"site-{i:D3}-{(char)('a' + p)}";

    private static string Title(string id) => CultureInfo.InvariantCulture.TextInfo.ToTitleCase(id.Replace('-', ' ')).Replace(" ", "");
}
