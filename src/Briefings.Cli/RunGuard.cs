using System.CommandLine;

namespace Briefings.Cli;

/// <summary>
/// The monthly commands' outer edge: a folder that cannot be written is one reported problem and
/// exit 1, never a stack trace in an operator's log.
/// </summary>
internal static class RunGuard
{
    public static int Run(MonthlyOptions options, InvocationConfiguration io, Func<MonthlyOptions, RunLog, int> body)
    {
        var log = RunLog.For(io);
        try
        {
            return body(options, log);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            log.Problems([$"{options.Out}: error: cannot write the run's files: {e.Message}"]);
            return ExitCodes.InvalidInput;
        }
    }
}
