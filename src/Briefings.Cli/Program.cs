using Briefings.Cli;

return CliApp.Run(args);
