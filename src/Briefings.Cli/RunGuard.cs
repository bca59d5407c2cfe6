using System.CommandLine;

namespace Briefings.Cli;

/// <summary>
/// The monthly commands' outer edge: the folder's lock is held for the whole run; a folder that cannot
/// be written, or must not be used (another run holds it, it holds another month or a foreign manifest),
/// is one reported problem and exit 1, never a stack trace in an operator's log.
/// </summary>
internal static class RunGuard
{
    public static int Run(MonthlyOptions options, InvocationConfiguration io, Func<MonthlyOptions, RunLog, int> body)
    {
        var log = RunLog.For(io);
        try
        {
            using var held = RunLock.Take(options.Out, options.Shard);
            return body(options, log);
        }
        catch (RunRefusedException e)
        {
            log.Problems([$"error: {e.Message}"]);
            return ExitCodes.InvalidInput;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            log.Problems([$"{options.Out}: error: cannot write the run's files: {e.Message}"]);
            return ExitCodes.InvalidInput;
        }
    }
}
