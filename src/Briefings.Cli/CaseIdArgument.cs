using System.CommandLine;

namespace Briefings.Cli;

/// <summary>The case-id argument of build and watch, which completes to the cases in the sources folder.</summary>
internal static class CaseIdArgument
{
    public static Argument<string> Create(string name, string description, Option<string> sources)
    {
        // The help name is fixed: without it, help would list the completions (the cases of the current folder).
        var argument = new Argument<string>(name) { Description = description, HelpName = name };
        argument.CompletionSources.Add(context =>
        {
            var folder = Path.Combine(context.ParseResult.GetValue(sources) ?? Folders.DefaultSources, "cases");
            return Directory.Exists(folder)
                ? Directory.EnumerateFiles(folder, "*.yaml").Select(Path.GetFileNameWithoutExtension).OfType<string>().Order(StringComparer.Ordinal)
                : [];
        });
        return argument;
    }
}
