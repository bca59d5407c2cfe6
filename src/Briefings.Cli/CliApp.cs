using System.CommandLine;

namespace Briefings.Cli;

/// <summary>The command tree and how a run ends: usage mistakes exit 2, as the README documents.</summary>
internal static class CliApp
{
    public static RootCommand Root()
    {
        var root = new RootCommand("Briefings: structured summaries in, typeset PDF briefings out.");
        root.Subcommands.Add(RenderCommand.Create());
        root.Subcommands.Add(BuildCommand.Create());
        root.Subcommands.Add(ValidateCommand.Create());
        root.Subcommands.Add(ListCommand.Create());
        root.Subcommands.Add(MonthlyCommand.Create());
        root.Subcommands.Add(Watch.WatchCommand.Create());
        root.Subcommands.Add(CompletionCommand.Create());
        foreach (var command in AuthoringCommands.Create()) root.Subcommands.Add(command);
        return root;
    }

    public static int Run(string[] args, TextWriter? output = null, TextWriter? error = null)
    {
        error ??= Console.Error;
        var parse = Root().Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var line in UsageErrors.Explain(parse)) error.WriteLine($"briefings: {line}");
            error.WriteLine($"Run '{UsageErrors.Path(parse.CommandResult)} --help' for usage.");
            return ExitCodes.Usage;
        }
        try
        {
            return parse.Invoke(new InvocationConfiguration { Output = output ?? Console.Out, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (UsageException e)
        {
            error.WriteLine($"briefings: {e.Message}");
            return ExitCodes.Usage;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A file or folder the user named that cannot be read or written: their mistake or their
            // machine's state, never a stack trace.
            error.WriteLine($"error: {Typesetting.Printable.Escape(e.Message)}");
            return ExitCodes.InvalidInput;
        }
        catch (Exception e) when (Environment.GetEnvironmentVariable("BRIEFINGS_TRACE") is null)
        {
            error.WriteLine($"briefings: internal error ({e.GetType().Name}: {Typesetting.Printable.Escape(e.Message)}); this is a bug in briefings, " +
                            "please report it with the command that caused it (BRIEFINGS_TRACE=1 prints the stack trace)");
            return ExitCodes.Internal;
        }
    }
}
