using System.Diagnostics;
using Briefings.Cli;
using Xunit.Abstractions;

namespace Briefings.Tests.Robustness;

/// <summary>
/// A mutation fuzz of the shipped sources: each round damages one file of a copy of sources/ (a value
/// replaced by something hostile, a line deleted or duplicated), then runs validate and build (and now and
/// then a monthly run, and a whole process). Any crash, hang, stack trace, internal error or exit code
/// other than 0, 1 or 2 fails the test with the seed that reproduces it. Bounded by time: about 45 s by
/// default (CI); BRIEFINGS_FUZZ_SECONDS=600 runs it longer by hand, BRIEFINGS_FUZZ_SEED=N starts elsewhere.
/// </summary>
public sealed partial class MutationFuzzTests(ITestOutputHelper output) : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("briefings-fuzz-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private static readonly string[] Hostile =
    [
        "", "0", "-1", "1e309", ".nan", "~", "null", "[", "{", "'", "\"", "&a", "*a", "!!binary x", "- a", ": :",
        "0001-01-01", "9999-12-31", "2015-02-30", "2015-13", "99999999999999999999", "\u0001\u001b[31m", "\u202e", "\t",
        new string('x', 20_000), new string('[', 200) + new string(']', 200), "{a: {b: {c: [1, [2, [3]]]}}}",
        "caliphate-book-2015", "twitter", "A", "F", "6", "very likely", "high", "<script>alert(1)</script>", "{{> bans}}",
    ];

    [Fact]
    public void Damaged_sources_never_crash_hang_or_print_a_stack_trace()
    {
        var seconds = int.TryParse(Environment.GetEnvironmentVariable("BRIEFINGS_FUZZ_SECONDS"), out var s) ? s : 45;
        var firstSeed = int.TryParse(Environment.GetEnvironmentVariable("BRIEFINGS_FUZZ_SEED"), out var f) ? f : 0;
        var sources = Path.Combine(_root, "sources");
        TestFolders.Copy(TestPaths.RepositorySources, sources);
        var files = Directory.EnumerateFiles(sources, "*.yaml", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        var cases = Directory.EnumerateFiles(Path.Combine(sources, "cases"), "*.yaml").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal).ToList();

        var watch = Stopwatch.StartNew();
        var exits = new int[3];
        int rounds = 0, processes = 0;
        for (var seed = firstSeed; watch.Elapsed.TotalSeconds < seconds; seed++, rounds++)
        {
            var random = new Random(seed);
            var file = files[random.Next(files.Count)];
            var original = File.ReadAllText(file);
            var (damaged, what) = Mutate(original, random);
            File.WriteAllText(file, damaged);
            var where = $"seed {seed}: {Path.GetRelativePath(sources, file)} {what}";
            try
            {
                var caseId = cases[random.Next(cases.Count)]!;
                string[][] commands =
                [
                    ["validate", "--sources", sources, "--templates", TestPaths.RepositoryTemplates],
                    ["build", caseId, "--sources", sources, "--templates", TestPaths.RepositoryTemplates, "-o", Path.Combine(_root, "out", "brief.pdf")],
                    .. seed % 10 == 0 ? new[] { new[] { "monthly", "--month", "2015-03", "--sources", sources, "--templates", TestPaths.RepositoryTemplates, "--out", Path.Combine(_root, "monthly", seed.ToString()), "--jobs", "1" } } : [],
                ];
                foreach (var command in commands)
                {
                    var run = Task.Run(() => Tests.Cli.Cli.Run(command));
                    Assert.True(run.Wait(TimeSpan.FromSeconds(90)), $"{where}: `{command[0]}` hung");
                    Check(run.Result.Exit, run.Result.Output + run.Result.Error, where, command[0]);
                    exits[run.Result.Exit]++;
                }
                if (seed % 25 == 0)
                {
                    // Now and then the real executable, as cron would start it.
                    var process = Tests.Cli.Executable.Run(new Dictionary<string, string>(), commands[1]);
                    Check(process.Exit, process.Output, where, "build (process)");
                    processes++;
                }
            }
            finally
            {
                File.WriteAllText(file, original);
            }
        }
        output.WriteLine($"{rounds} rounds ({processes} as whole processes) in {watch.Elapsed.TotalSeconds:0} s; exits 0/1/2: {exits[0]}/{exits[1]}/{exits[2]}; seeds {firstSeed}–{firstSeed + rounds - 1}");
        Assert.True(rounds > 0);
        Assert.True(exits[1] > 0, "no round was refused: the mutations are not reaching the checks");
    }

    private static void Check(int exit, string text, string where, string command)
    {
        Assert.True(exit is ExitCodes.Ok or ExitCodes.InvalidInput or ExitCodes.Usage, $"{where}: `{command}` exited {exit}:\n{Head(text)}");
        Assert.False(text.Contains("   at ", StringComparison.Ordinal), $"{where}: `{command}` printed a stack trace:\n{Head(text)}");
        // The CLI's last resort and a monthly case's or digest's own both say "a bug in briefings".
        Assert.False(text.Contains("a bug in briefings", StringComparison.Ordinal), $"{where}: `{command}` hit a bug:\n{Head(text)}");
        Assert.False(text.Contains("Unhandled", StringComparison.Ordinal), $"{where}: `{command}` crashed:\n{Head(text)}");
    }

    private static string Head(string text) => text.Length > 3000 ? text[..3000] + "…" : text;

    /// <summary>One damage to the text, and what it was (for the failure message).</summary>
    private static (string Text, string What) Mutate(string text, Random random)
    {
        var lines = text.Split('\n').ToList();
        int at = random.Next(lines.Count);
        // Dates feed the most arithmetic (spans, months, chart axes): damage them more often.
        var dated = Enumerable.Range(0, lines.Count).Where(i => DateKey().IsMatch(lines[i])).ToList();
        if (dated.Count > 0 && random.Next(3) == 0) at = dated[random.Next(dated.Count)];
        switch (random.Next(4))
        {
            case 0:
                lines.RemoveAt(at);
                return (string.Join('\n', lines), $"line {at + 1} deleted");
            case 1:
                lines.Insert(at, lines[at]);
                return (string.Join('\n', lines), $"line {at + 1} duplicated");
            default:
                var colon = lines[at].IndexOf(": ", StringComparison.Ordinal);
                var dash = lines[at].TrimStart().StartsWith("- ", StringComparison.Ordinal) ? lines[at].IndexOf("- ", StringComparison.Ordinal) : -1;
                var cut = colon >= 0 ? colon + 2 : dash >= 0 ? dash + 2 : 0;
                var value = random.Next(5) == 0 ? lines[random.Next(lines.Count)].Trim() : Hostile[random.Next(Hostile.Length)];
                lines[at] = lines[at][..cut] + value;
                return (string.Join('\n', lines), $"line {at + 1} value replaced by '{(value.Length > 40 ? value[..40] + "…" : value)}'");
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*-?\s*(date|published|start|end|as_of):")]
    private static partial System.Text.RegularExpressions.Regex DateKey();
}
