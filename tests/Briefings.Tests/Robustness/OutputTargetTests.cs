using Briefings.Cli;
using Briefings.Typesetting.Files;
using static Briefings.Tests.Cli.Cli;

namespace Briefings.Tests.Robustness;

/// <summary>
/// `-o` and `--out` write regular files only: a FIFO, a device or a folder is refused (exit 1) and left as
/// it was; a link is written through; `-o -` is standard output; an empty name is a usage error.
/// </summary>
public sealed class OutputTargetTests : IDisposable
{
    private readonly ScratchLibrary _library = new();
    private readonly string _folder = Directory.CreateTempSubdirectory("briefings-out-").FullName;

    public void Dispose()
    {
        _library.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    private Result Build(string output, string caseId = "sample-case") =>
        Run("build", caseId, "--sources", _library.Root, "--templates", TestPaths.RepositoryTemplates, "-o", output);

    [Fact]
    public void A_fifo_as_output_is_refused_and_stays_a_fifo()
    {
        var fifo = Path.Combine(_folder, "pipe.pdf");
        Unix.MakeFifo(fifo);
        var build = Build(fifo);
        Assert.Equal(ExitCodes.InvalidInput, build.Exit);
        Assert.Contains($"{fifo}: cannot write: is a FIFO (named pipe); name a regular file", build.Error);
        Assert.Equal(FileKind.Fifo, FileKinds.Of(fifo));
    }

    [SkippableFact]
    public void A_device_as_output_is_refused_and_not_replaced()
    {
        // A null device of our own (same major/minor as /dev/null), so the real one is never at risk.
        Unix.Require(Unix.IsRoot, "mknod needs root");
        var device = Path.Combine(_folder, "null");
        Unix.Must("mknod", device, "c", "1", "3");
        var link = Path.Combine(_folder, "link-to-null.pdf");
        File.CreateSymbolicLink(link, device);
        foreach (var target in new[] { device, link })
        {
            var build = Build(target);
            Assert.Equal(ExitCodes.InvalidInput, build.Exit);
            Assert.Contains("is a character device", build.Error);
        }
        Assert.Equal(FileKind.CharacterDevice, FileKinds.Of(device, followLinks: false));
        Assert.Equal(FileKind.SymbolicLink, FileKinds.Of(link, followLinks: false));
    }

    [Fact]
    public void A_folder_as_output_is_refused_without_a_stack_trace()
    {
        var build = Build(_folder);
        Assert.Equal(ExitCodes.InvalidInput, build.Exit);
        Assert.Contains("cannot write: is a folder", build.Error);
        Assert.DoesNotContain("   at ", build.Error);
    }

    [Fact]
    public void A_link_as_output_is_written_through_and_stays_a_link()
    {
        var target = Path.Combine(_folder, "real.pdf");
        File.WriteAllText(target, "old");
        var link = Path.Combine(_folder, "link.pdf");
        File.CreateSymbolicLink(link, target);
        Assert.Equal(ExitCodes.Ok, Build(link).Exit);
        Assert.Equal(FileKind.SymbolicLink, FileKinds.Of(link, followLinks: false));
        Assert.StartsWith("%PDF-", File.ReadAllText(target)[..5]);
    }

    [Fact]
    public void A_link_that_loops_is_refused()
    {
        var a = Path.Combine(_folder, "a.pdf");
        File.CreateSymbolicLink(a, Path.Combine(_folder, "b.pdf"));
        File.CreateSymbolicLink(Path.Combine(_folder, "b.pdf"), a);
        var build = Build(a);
        Assert.Equal(ExitCodes.InvalidInput, build.Exit);
        Assert.Contains("symbolic link that loops", build.Error);
    }

    [Theory]
    [InlineData("build", "sample-case", "-o", "")]
    [InlineData("build", "sample-case", "--markdown", "")]
    [InlineData("render", "x.md", "-o", "")]
    [InlineData("monthly", "--month", "2020-05", "--out", "")]
    [InlineData("monthly", "--month", "2020-05", "-o", " ")]
    [InlineData("monthly", "--month", "2020-05", "--jobs", "abc")]
    [InlineData("monthly", "--month", "2020-05", "--jobs", "99999999999")]
    [InlineData("monthly", "--month", "2020-05", "--jobs", "0")]
    public void Empty_output_names_and_impossible_job_counts_are_usage_errors(params string[] args)
    {
        var run = Run([.. args, "--sources", _library.Root]);
        Assert.Equal(ExitCodes.Usage, run.Exit);
        Assert.DoesNotContain("   at ", run.Error);
        Assert.DoesNotContain("Unhandled", run.Error);
    }

    [Fact]
    public void A_case_id_of_249_characters_builds_its_brief_under_the_255_byte_name_limit()
    {
        var id = "case-" + new string('x', 244);
        var yaml = File.ReadAllText(Path.Combine(_library.Root, "cases", "sample-case.yaml")).Replace("id: sample-case", $"id: {id}");
        File.Delete(Path.Combine(_library.Root, "cases", "sample-case.yaml"));
        File.WriteAllText(Path.Combine(_library.Root, "cases", id + ".yaml"), yaml);
        var target = Path.Combine(_folder, id + ".pdf");
        var build = Build(target, id);
        Assert.True(build.Exit == ExitCodes.Ok, build.Error);
        Assert.True(File.Exists(target));
        Assert.Empty(Directory.EnumerateFiles(_folder, "*.tmp"));
    }

    [Fact]
    public void Dash_writes_the_pdf_to_standard_output_and_messages_to_standard_error()
    {
        var run = Tests.Cli.Executable.Run(new Dictionary<string, string>(), "build", "sample-case",
            "--sources", _library.Root, "--templates", TestPaths.RepositoryTemplates, "-o", "-");
        Assert.Equal(ExitCodes.Ok, run.Exit);
        Assert.Equal("%PDF-"u8.ToArray(), run.Stdout[..5]);
        Assert.Contains("wrote standard output", run.Stderr);
        Assert.False(File.Exists("-"));
    }

    [Theory]
    [InlineData("999999999999999")]
    [InlineData("yesterday")]
    [InlineData("-5")]
    public void An_impossible_source_date_epoch_is_a_usage_error_naming_the_variable(string value)
    {
        var run = Tests.Cli.Executable.Run(new Dictionary<string, string> { ["SOURCE_DATE_EPOCH"] = value }, "build", "sample-case",
            "--sources", _library.Root, "--templates", TestPaths.RepositoryTemplates, "-o", Path.Combine(_folder, "x.pdf"));
        Assert.Equal(ExitCodes.Usage, run.Exit);
        Assert.Contains("SOURCE_DATE_EPOCH=", run.Stderr);
        Assert.DoesNotContain("   at ", run.Stderr);
    }
}
