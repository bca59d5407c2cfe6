using System.Diagnostics;

namespace Briefings.Tests.Cli;

/// <summary>Shell completion: briefings answers System.CommandLine's [suggest] directive, and the bash script asks it.</summary>
public sealed class CompletionTests
{
    [Fact]
    public void Case_ids_complete_from_the_sources_folder()
    {
        var line = $"build --sources {TestPaths.RepositorySources} cal";
        var result = Cli.Run($"[suggest:{line.Length}]", line);
        Assert.Equal(0, result.Exit);
        Assert.Contains("caliphate-book-2015", result.Output.Split('\n'));
        Assert.DoesNotContain("parler-2021", result.Output.Split('\n'));
    }

    [Fact]
    public void Commands_and_options_complete()
    {
        var commands = Cli.Run("[suggest:0]", "").Output.Split('\n');
        foreach (var command in new[] { "build", "completion", "list", "monthly", "render", "validate", "watch" }) Assert.Contains(command, commands);
        Assert.Contains("--serve", Cli.Run("[suggest:12]", "watch x --se").Output.Split('\n'));
    }

    [Fact]
    public void The_bash_script_completes_through_the_real_program()
    {
        // A `briefings` on PATH that runs this build, as an installed tool would.
        var bin = Directory.CreateTempSubdirectory("briefings-completion-").FullName;
        try
        {
            var shim = Path.Combine(bin, "briefings");
            File.WriteAllText(shim, $"#!/bin/sh\nexec dotnet '{Path.Combine(AppContext.BaseDirectory, "briefings.dll")}' \"$@\"\n");
            File.SetUnixFileMode(shim, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            var script = $$"""
                source <(briefings completion bash)
                COMP_LINE="briefings build --sources {{TestPaths.RepositorySources}} ki"; COMP_POINT=${#COMP_LINE}
                COMP_WORDS=(briefings build --sources {{TestPaths.RepositorySources}} ki); COMP_CWORD=4
                _briefings; printf '%s\n' "${COMPREPLY[@]}"
                COMP_LINE="briefings wat"; COMP_POINT=${#COMP_LINE}; COMP_WORDS=(briefings wat); COMP_CWORD=1
                _briefings; printf '%s\n' "${COMPREPLY[@]}"
                """;
            var info = new ProcessStartInfo("bash") { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
            info.Environment["PATH"] = bin + ":" + Environment.GetEnvironmentVariable("PATH");
            using var bash = Process.Start(info)!;
            bash.StandardInput.Write(script);
            bash.StandardInput.Close();
            var output = bash.StandardOutput.ReadToEnd();
            Assert.True(bash.WaitForExit(60_000));
            Assert.Equal(["kiwi-farms-2022", "watch"], output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        }
        finally
        {
            Directory.Delete(bin, recursive: true);
        }
    }

    [Theory]
    [InlineData("zsh", "compdef _briefings briefings")]
    [InlineData("fish", "complete -c briefings")]
    public void Other_shells_get_their_own_script(string shell, string line)
    {
        var result = Cli.Run("completion", shell);
        Assert.Equal(0, result.Exit);
        Assert.Contains(line, result.Output);
        Assert.Contains("[suggest:", result.Output);
    }
}
