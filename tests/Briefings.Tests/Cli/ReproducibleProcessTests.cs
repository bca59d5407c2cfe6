using Briefings.Cli;

namespace Briefings.Tests.Cli;

/// <summary>The same brief from two processes on machines set up differently is the same file, byte for byte.</summary>
public class ReproducibleProcessTests
{
    [Fact]
    public void Two_processes_in_different_time_zones_write_identical_pdfs()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"briefings-repro-{Guid.NewGuid():N}");
        try
        {
            byte[] Build(string name, string timeZone)
            {
                var file = Path.Combine(folder, name);
                var result = Executable.Run(new Dictionary<string, string> { ["TZ"] = timeZone },
                    "build", "caliphate-book-2015", "--sources", TestPaths.RepositorySources, "--templates", TestPaths.RepositoryTemplates, "-o", file);
                Assert.True(result.Exit == ExitCodes.Ok, result.Output);
                return File.ReadAllBytes(file);
            }
            var tokyo = Build("tokyo.pdf", "Asia/Tokyo");
            var losAngeles = Build("la.pdf", "America/Los_Angeles");
            Assert.Equal(tokyo.Length, losAngeles.Length);
            Assert.True(tokyo.AsSpan().SequenceEqual(losAngeles), "the two processes wrote different bytes");
        }
        finally
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
    }
}
