using System.CommandLine;
using Spectre.Console;

namespace Briefings.Cli;

/// <summary>
/// How a monthly run reports while it works. People at a terminal get a live progress bar; cron, CI
/// and anything redirected get one plain line per case, with its duration, that reads well in a mail
/// or a log file. Either way a failed case's problems go to the error stream, at file:line:column.
/// </summary>
internal abstract class RunLog(TextWriter output, TextWriter error)
{
    private readonly Lock _lock = new();

    protected TextWriter Output => output;

    protected TextWriter Error => error;

    public static RunLog For(InvocationConfiguration io) =>
        ReferenceEquals(io.Output, Console.Out) && !Console.IsOutputRedirected
        && Environment.GetEnvironmentVariable("CI") != "true" && AnsiConsole.Profile.Capabilities.Interactive
            ? new LiveRunLog(AnsiConsole.Console, io.Output, io.Error)
            : new PlainRunLog(io.Output, io.Error);

    /// <summary>Runs <paramref name="work"/>, which reports each case as it starts and as it finishes (from any thread).</summary>
    public abstract void Cases(string title, int total, Action<CaseProgress> work);

    public void Line(string text)
    {
        lock (_lock) output.WriteLine(text);
    }

    public void Problems(IEnumerable<string> lines)
    {
        lock (_lock)
            foreach (var line in lines) error.WriteLine(line);
    }

    protected void Locked(Action write)
    {
        lock (_lock) write();
    }

    protected static string Verb(CaseState state) => state switch
    {
        CaseState.Built => "built",
        CaseState.UpToDate => "up to date",
        _ => "FAILED",
    };

    protected static string Detail(CaseResult result) => result.State switch
    {
        CaseState.Failed => result.Errors == 1 ? "1 error, listed on stderr" : $"{result.Errors} errors, listed on stderr",
        _ => string.Join(", ", result.Entries.Select(e => e.File)) + (result.Pages > 0 ? $", {result.Pages} pages" : ""),
    };
}
