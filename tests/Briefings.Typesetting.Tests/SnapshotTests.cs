using Briefings.Testing;
using Briefings.Typesetting.Layout;

namespace Briefings.Typesetting.Tests;

/// <summary>
/// Golden page plans: the engine sample laid out must match tests/snapshots/engine-sample.plan.txt line
/// for line. Rewrite deliberately with BRIEFINGS_UPDATE_SNAPSHOTS=1 dotnet test --filter Snapshot.
/// </summary>
public class SnapshotTests
{
    [Fact]
    public void Snapshot_of_the_engine_sample_is_unchanged()
    {
        Snapshot.Match("engine-sample.plan.txt", PagePlanText.Write(Render.SamplePlan()));
    }

    [Fact]
    public void Snapshot_text_changes_when_a_mark_moves_by_a_hundredth_of_a_point()
    {
        var (plan, _) = Render.Plan("Some text.");
        var page = plan.Pages[0];
        var box = page.Body[0];
        var moved = plan with { Pages = [page with { Body = [box with { Y = box.Y + 0.01f }, .. page.Body.Skip(1)] }] };
        Assert.NotEqual(PagePlanText.Write(plan), PagePlanText.Write(moved));
        Assert.Equal(PagePlanText.Write(plan), PagePlanText.Write(plan with { }));
    }
}
