using Briefings.Typesetting.Charts;
using Briefings.Typesetting.Words;

namespace Briefings.Typesetting.Tests;

/// <summary>A chart's alternative text reads as prose: labels that are whole sentences become clauses.</summary>
public sealed class AltTextTests
{
    [Fact]
    public void Sentence_labels_are_joined_without_doubled_stops()
    {
        var chart = new TimelineChart(null,
        [
            new TimelineEvent(new DateOnly(2018, 10, 29), new DateOnly(2018, 10, 29), "29 October 2018", "GoDaddy stopped providing its service to Gab.", false),
            new TimelineEvent(new DateOnly(2018, 11, 3), new DateOnly(2018, 11, 3), "3 November 2018", "Gab was back online with Epik as its registrar.", false),
        ]);
        var alt = AltText.For(chart, DocumentWords.BritishEnglish);
        Assert.EndsWith("29 October 2018: GoDaddy stopped providing its service to Gab; 3 November 2018: Gab was back online with Epik as its registrar.", alt);
        Assert.DoesNotContain(".;", alt);
        Assert.DoesNotContain("..", alt);
    }

    [Fact]
    public void Flow_notes_and_statuses_are_clauses_too()
    {
        var chart = new FlowChart(null, [new FlowPath(["Twitter", "Facebook"], "Caliphate book", "Within days.", "Offline.", true)]);
        var alt = AltText.For(chart, DocumentWords.BritishEnglish);
        Assert.EndsWith("Twitter, Facebook → Caliphate book; Within days; Offline.", alt);
    }
}
