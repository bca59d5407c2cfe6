using System.CommandLine;
using Briefings.Cli;

var root = new RootCommand("Briefings: structured summaries in, typeset PDF briefings out.");
root.Subcommands.Add(RenderCommand.Create());
root.Subcommands.Add(BuildCommand.Create());
root.Subcommands.Add(ValidateCommand.Create());
root.Subcommands.Add(ListCommand.Create());
return root.Parse(args).Invoke();
