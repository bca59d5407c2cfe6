using Briefings.Templates;

namespace Briefings.Tests.Templates;

/// <summary>
/// The sentences the pathway partial writes about each path, on Fixtures/Analysis/existing-platforms: each
/// must be true of the data, whichever of the arrival and the ban before it the sources date.
/// </summary>
public class PathwayTests
{
    private static string Pathway(string fixture)
    {
        var markdown = AnalysisFixtures.Markdown(fixture);
        var start = markdown.IndexOf("## Where the activity went", StringComparison.Ordinal);
        return markdown[start..markdown.IndexOf("## Timeline", start, StringComparison.Ordinal)];
    }

    private static string Paragraph(string pathway, string opening) =>
        pathway.Split("\n\n").Single(p => p.StartsWith(opening, StringComparison.Ordinal));

    [Fact]
    public void A_dated_ban_before_an_undated_arrival_is_not_called_undated()
    {
        var text = Paragraph(Pathway("existing-platforms"), "Activity moved from GammaChat to DeltaBoard");
        // GammaChat's ban is dated (9 May 2020); what is missing is the date of the move.
        Assert.Contains("[^paper-c] Its arrival there is not dated, so the time from ban to arrival cannot be measured.", text);
        Assert.DoesNotContain("date no ban", text);
    }

    [Fact]
    public void A_dated_arrival_with_a_dated_ban_before_it_gives_the_days_between()
    {
        var text = Paragraph(Pathway("existing-platforms"), "Activity moved from AlphaNet to GammaChat");
        // The date cites the sources that report the move, and only those.
        Assert.Contains("The first move there is dated 3 May 2020.[^paper-a] That was two days after the last dated ban.", text);
    }

    [Fact]
    public void A_dated_launch_with_no_ban_known_before_it_says_so()
    {
        // The first case's only dated bans come after the launch, or in the month of it.
        var markdown = Briefs.RenderFirstCase().Markdown!;
        Assert.Contains("It went live on 8 March 2015 (disputed: the sources give different dates).[^guardianlv-caliphate-book-platforms] No dated ban is known to come before it, so the time from ban to launch cannot be measured.", markdown);
    }

    [Fact]
    public void A_destination_no_source_dates_a_launch_or_an_offline_for_gets_no_empty_table()
    {
        // Neither GammaChat nor DeltaBoard was launched or went offline: a table would have headers and no rows.
        Assert.DoesNotContain("| Source | Went live |", Pathway("existing-platforms"));
        // The first case's two sources each date the launch and the offline, so its table stays.
        Assert.Contains("| Source | Went live | Went offline | Time up |\n|---|---|---|---|\n| ITProPortal", Briefs.RenderFirstCase().Markdown!);
    }
}
