using Briefings.Cli;
using Briefings.Tests.Runs;
using static Briefings.Tests.Cli.Cli;

namespace Briefings.Tests.Robustness;

/// <summary>
/// A disk that fills up and a folder that cannot be written, on a real small file system: the run
/// fails with one line and exit 1, and every good file already there keeps its bytes.
/// </summary>
public class FaultTests
{
    private static readonly string[] March = ["--month", "2020-03"];

    private static IEnumerable<string> TempFiles(string folder) => Directory.EnumerateFiles(folder, "*.tmp", SearchOption.AllDirectories);

    [SkippableFact]
    public void A_full_disk_during_a_rebuild_keeps_every_good_file_and_exits_1()
    {
        using var disk = new SmallDisk("4096");
        using var scratch = new MonthlyScratch();
        var output = Path.Combine(disk.Root, "out");
        Assert.Equal(ExitCodes.Ok, scratch.MonthlyInto(output, March).Exit);
        var before = scratch.Snapshot(output);
        disk.Fill();

        var run = scratch.MonthlyInto(output, [.. March, "--force", "--format", "pdf,html"]);
        Assert.Equal(ExitCodes.InvalidInput, run.Exit);
        Assert.Contains("No space left on device", run.Output + run.Error);
        Assert.DoesNotContain("   at ", run.Error);
        Assert.Equal(before, scratch.Snapshot(output));
        Assert.Empty(TempFiles(output));
    }

    [SkippableFact]
    public void Briefs_that_cannot_be_written_keep_their_old_files_and_the_manifest_marks_them_stale()
    {
        using var scratch = new MonthlyScratch();
        // Only briefs/ is on the small disk: the manifest beside it can still be written.
        using var disk = new SmallDisk("2048", at: scratch.OutFile("briefs"));
        Assert.Equal(ExitCodes.Ok, scratch.Monthly(March).Exit);
        var good = File.ReadAllBytes(scratch.OutFile("briefs/march-only.pdf"));
        disk.Fill();

        var run = scratch.Monthly([.. March, "--force"]);
        Assert.Equal(ExitCodes.InvalidInput, run.Exit);
        Assert.Contains("No space left on device", run.Error);
        Assert.DoesNotContain("removed", run.Output);
        Assert.Equal(good, File.ReadAllBytes(scratch.OutFile("briefs/march-only.pdf")));
        Assert.Matches(@"""file"": ""briefs/march-only\.pdf"",[^}]*""status"": ""failed"",[^}]*""stale"": true", scratch.Manifest());
        Assert.Empty(TempFiles(scratch.Out));
    }

    [SkippableFact]
    public void A_full_disk_during_build_keeps_the_old_brief()
    {
        using var disk = new SmallDisk("2048");
        using var library = new ScratchLibrary();
        var target = Path.Combine(disk.Root, "brief.pdf");
        string[] build = ["build", "sample-case", "--sources", library.Root, "--templates", TestPaths.RepositoryTemplates, "-o", target];
        Assert.Equal(ExitCodes.Ok, Run(build).Exit);
        var good = File.ReadAllBytes(target);
        disk.Fill();
        var again = Run(build);
        Assert.Equal(ExitCodes.InvalidInput, again.Exit);
        Assert.Contains($"{target}: cannot write: No space left on device", again.Error);
        Assert.Equal(good, File.ReadAllBytes(target));
        Assert.Empty(TempFiles(disk.Root));
    }

    [SkippableFact]
    public void A_read_only_folder_is_one_line_and_exit_1_for_build_and_monthly()
    {
        using var disk = new SmallDisk("1024");
        using var scratch = new MonthlyScratch();
        disk.ReadOnly();
        var monthly = scratch.MonthlyInto(Path.Combine(disk.Root, "out"), March);
        Assert.Equal(ExitCodes.InvalidInput, monthly.Exit);
        Assert.Contains("Read-only file system", monthly.Output + monthly.Error);
        Assert.DoesNotContain("   at ", monthly.Error);

        using var library = new ScratchLibrary();
        var build = Run("build", "sample-case", "--sources", library.Root, "--templates", TestPaths.RepositoryTemplates, "-o", Path.Combine(disk.Root, "x.pdf"));
        Assert.Equal(ExitCodes.InvalidInput, build.Exit);
        Assert.Contains("cannot write", build.Error);
        Assert.DoesNotContain("   at ", build.Error);
    }
}
