using System.CommandLine;
using Briefings.Cli;

var root = new RootCommand("Briefings: structured summaries in, typeset PDF briefings out.");
root.Subcommands.Add(RenderCommand.Create());
return root.Parse(args).Invoke();
