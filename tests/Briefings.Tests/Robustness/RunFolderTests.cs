using Briefings.Cli;
using Briefings.Runs;
using Briefings.Tests.Runs;

namespace Briefings.Tests.Robustness;

/// <summary>
/// A monthly run's folder is its own: one run at a time, no other month's files touched, no manifest
/// trusted that this tool did not write as it stands, and nothing deleted whose bytes are not its own.
/// </summary>
public class RunFolderTests
{
    private static readonly string[] March = ["--month", "2020-03"];

    [Fact]
    public void A_second_run_on_a_folder_in_use_stops_with_a_clear_message_and_touches_nothing()
    {
        using var scratch = new MonthlyScratch();
        Assert.Equal(ExitCodes.Ok, scratch.Monthly(March).Exit);
        var before = scratch.Snapshot();
        using (RunLock.Take(scratch.Out, Shard.Whole))
        {
            var second = scratch.Monthly([.. March, "--force", "--format", "html"]);
            Assert.Equal(ExitCodes.InvalidInput, second.Exit);
            Assert.Contains("is using this folder now; wait for it to finish and run again", second.Output + second.Error);
            Assert.Equal(before, scratch.Snapshot());
            var shard = scratch.Monthly([.. March, "--shard", "1/2"]);
            Assert.Equal(ExitCodes.InvalidInput, shard.Exit);
        }
        Assert.Equal(ExitCodes.Ok, scratch.Monthly(March).Exit);
    }

    [Fact]
    public void Shards_of_one_month_share_the_folder_but_not_with_the_same_shard_or_a_whole_run()
    {
        using var scratch = new MonthlyScratch();
        using (RunLock.Take(scratch.Out, new Shard(1, 2)))
        {
            Assert.Equal(ExitCodes.Ok, scratch.Monthly([.. March, "--shard", "2/2"]).Exit);
            Assert.Equal(ExitCodes.InvalidInput, scratch.Monthly([.. March, "--shard", "1/2"]).Exit);
            Assert.Equal(ExitCodes.InvalidInput, scratch.Monthly(["merge", .. March]).Exit);
        }
    }

    [Fact]
    public void A_run_into_a_folder_holding_another_month_keeps_that_months_files()
    {
        using var scratch = new MonthlyScratch();
        Assert.Equal(ExitCodes.Ok, scratch.Monthly(March).Exit);
        var march = scratch.Snapshot();
        var april = scratch.Monthly("--month", "2020-04");
        Assert.Equal(ExitCodes.InvalidInput, april.Exit);
        Assert.Contains("this folder holds the run of 2020-03; a run of 2020-04 here would remove that month's files", april.Error);
        Assert.Equal(march, scratch.Snapshot());
    }

    [Theory]
    [InlineData("edited")]
    [InlineData("foreign")]
    public void A_manifest_this_tool_did_not_write_as_it_stands_is_neither_trusted_nor_overwritten(string kind)
    {
        using var scratch = new MonthlyScratch();
        Assert.Equal(ExitCodes.Ok, scratch.Monthly(March).Exit);
        var path = scratch.OutFile("manifest.json");
        var text = kind == "edited"
            ? File.ReadAllText(path).Replace("\"status\": \"ok\"", "\"status\":\"ok\"")
            : "{ \"name\": \"some other tool's manifest\" }\n";
        File.WriteAllText(path, text);
        var before = scratch.Snapshot();
        var run = scratch.Monthly(March);
        Assert.Equal(ExitCodes.InvalidInput, run.Exit);
        Assert.Contains("so it is neither trusted nor overwritten", run.Error);
        Assert.Equal(before, scratch.Snapshot());
    }

    [Fact]
    public void A_fifo_in_place_of_the_manifest_stops_the_run_instead_of_hanging_it()
    {
        using var scratch = new MonthlyScratch();
        Directory.CreateDirectory(scratch.Out);
        Unix.MakeFifo(scratch.OutFile("manifest.json"));
        var task = Task.Run(() => scratch.Monthly(March));
        Assert.True(task.Wait(TimeSpan.FromMinutes(1)), "the run hung on a FIFO");
        Assert.Equal(ExitCodes.InvalidInput, task.Result.Exit);
        Assert.Contains("is not a regular file", task.Result.Error);
    }

    [Fact]
    public void Clean_up_deletes_only_files_whose_bytes_are_still_what_the_run_wrote()
    {
        using var scratch = new MonthlyScratch();
        Assert.Equal(ExitCodes.Ok, scratch.Monthly([.. March, "--format", "pdf,html"]).Exit);
        // Someone replaced the HTML brief with their own edit; the PDF is untouched.
        File.WriteAllText(scratch.OutFile("briefs/march-only.html"), "<p>my annotated copy</p>");
        var run = scratch.Monthly([.. March, "--format", "pdf"]);
        Assert.Equal(ExitCodes.Ok, run.Exit);
        Assert.Contains("removed briefs/across-months.html", run.Output);
        Assert.DoesNotContain("removed briefs/march-only.html", run.Output);
        Assert.Equal("<p>my annotated copy</p>", File.ReadAllText(scratch.OutFile("briefs/march-only.html")));
    }
}
