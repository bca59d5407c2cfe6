using Briefings.Cli;

namespace Briefings.Tests.Cli;

/// <summary>Runs the real command tree (CliApp) in process, capturing what it prints.</summary>
internal static class Cli
{
    public sealed record Result(int Exit, string Output, string Error);

    public static Result Run(params string[] args)
    {
        var (output, error) = (new StringWriter(), new StringWriter());
        var exit = CliApp.Run(args, output, error);
        return new Result(exit, output.ToString(), error.ToString());
    }

    /// <summary>A scratch copy of the fixture library with one overlay applied, deleted on dispose.</summary>
    public sealed class ScratchLibrary : IDisposable
    {
        public ScratchLibrary(string? overlay = null)
        {
            Root = Path.Combine(Path.GetTempPath(), $"briefings-tests-{Guid.NewGuid():N}");
            TestFolders.Copy(Path.Combine(TestPaths.Fixtures, "Library"), Root);
            if (overlay is not null) TestFolders.Copy(Path.Combine(TestPaths.Fixtures, "Invalid", overlay), Root);
        }

        public string Root { get; }

        public void Dispose() => Directory.Delete(Root, recursive: true);
    }
}
