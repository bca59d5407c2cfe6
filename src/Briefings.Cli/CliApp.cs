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
        return root;
    }

    public static int Run(string[] args, TextWriter? output = null, TextWriter? error = null)
    {
        var parse = Root().Parse(args);
        if (parse.Errors.Count > 0)
        {
            error ??= Console.Error;
            foreach (var problem in parse.Errors) error.WriteLine($"briefings: {problem.Message}");
            error.WriteLine("Run 'briefings --help' for usage.");
            return ExitCodes.Usage;
        }
        return output is null && error is null
            ? parse.Invoke()
            : parse.Invoke(new InvocationConfiguration { Output = output ?? Console.Out, Error = error ?? Console.Error });
    }
}
