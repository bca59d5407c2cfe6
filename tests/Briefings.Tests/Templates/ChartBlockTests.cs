using System.Text.RegularExpressions;
using Briefings.Sources.Model;
using Briefings.Templates;
using YamlDotNet.RepresentationModel;

namespace Briefings.Tests.Templates;

/// <summary>The chart blocks the templates hand the engine: the derived data exactly, and YAML-safe values.</summary>
public partial class ChartBlockTests
{
    private static IReadOnlyList<string> Charts(string markdown) =>
        ChartFence().Matches(markdown).Select(m => m.Groups[1].Value).ToList();

    [Fact]
    public void The_first_case_gets_a_flow_and_a_timeline_from_its_derived_data()
    {
        var charts = Charts(Briefs.RenderFirstCase().Markdown!);
        Assert.Equal(
            [
                """
                type: flow
                title: "From the banned platforms to the alternative"
                paths:
                  - from: ["Twitter", "Facebook"]
                    to: "Caliphate book"
                    trigger: "bans on Twitter and Facebook"
                    outcome: "offline"
                    days_to_launch: "an unknown time"
                    days_up: "0–8 days (disputed)"

                """,
                """
                type: timeline
                title: "Events the sources report"
                events:
                  - date: "2015-03"
                    label: "Twitter suspended the network's own account."
                    conflict: false
                  - date: "2015-03-08"
                    label: "The caliphate book went live."
                    conflict: true
                  - date: "2015-03-09"
                    label: "The caliphate book went offline behind a notice from its administrators."
                    conflict: false
                  - date: "2015-03-09"
                    label: "One report, graded doubtful, says Twitter suspended accounts linked to the Islamic State."
                    conflict: false

                """,
            ],
            charts);
    }

    [Fact]
    public void Partial_dates_and_a_persisting_path_reach_the_flow_chart_as_ranges_and_lower_bounds()
    {
        Assert.Contains("""
                            days_to_launch: "2–31 days"
                            days_up: "30–59 days"
                        """, Charts(Render("partial-dates"))[0]);
        Assert.Contains("""
                            outcome: "persisting"
                            days_to_launch: "three days"
                            days_up: "at least 45 days"
                        """, Charts(Render("persisting"))[0]);
    }

    [Fact]
    public void Values_with_quotes_colons_and_backslashes_read_back_unchanged()
    {
        const string awkward = "BetaSite said: \"we're back\" # not \\ really *done*";
        var markdown = Render("persisting", library => library with
        {
            Platforms = library.Platforms.Select(p => p.Id == "beta-site" ? p with { Name = awkward } : p).ToList(),
            Documents = library.Documents.Select(d => d with { Events = d.Events.Select(e => e with { Text = awkward }).ToList() }).ToList(),
        });
        foreach (var chart in Charts(markdown))
        {
            var yaml = new YamlStream();
            yaml.Load(new StringReader(chart));
            var root = (YamlMappingNode)yaml.Documents[0].RootNode;
            var items = (YamlSequenceNode)root.Children[root.Children.ContainsKey("events") ? "events" : "paths"];
            var key = root.Children.ContainsKey("events") ? "label" : "to";
            Assert.All(items, item => Assert.Equal(awkward, ((YamlScalarNode)((YamlMappingNode)item).Children[key]).Value));
        }
    }

    private static string Render(string fixture, Func<SourceLibrary, SourceLibrary>? change = null)
    {
        var library = AnalysisFixtures.Load(fixture).Library;
        library = change?.Invoke(library) ?? library;
        var (templates, problems) = TemplateFolder.Read(TestPaths.RepositoryTemplates);
        Assert.Empty(problems);
        var brief = BriefPipeline.Render(library, library.Cases[0], templates!);
        Assert.Empty(brief.Problems);
        return brief.Markdown!;
    }

    [GeneratedRegex("```chart\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex ChartFence();
}
