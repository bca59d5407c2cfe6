using System.CommandLine;
using System.CommandLine.Parsing;

namespace Briefings.Cli;

/// <summary>
/// What a command line the parser refused gets told: for a missing or misspelt command, one line naming
/// the commands there are (and the likely one), instead of the parser's chain of "required command" and
/// "unrecognized argument" for every word after it; otherwise the parser's own messages.
/// </summary>
internal static class UsageErrors
{
    public static IReadOnlyList<string> Explain(ParseResult parse)
    {
        var command = parse.CommandResult.Command;
        var path = Path(parse.CommandResult);
        var names = command.Subcommands.Where(c => !c.Hidden).Select(c => c.Name).ToList();
        var word = parse.UnmatchedTokens.FirstOrDefault(t => !t.StartsWith('-'));
        // A command that also runs alone (monthly) takes a stray word as a mistake of its own, unless it is
        // close to one of its commands (monthly mrge).
        if (names.Count == 0 || (command.Action is not null && (word is null || Typesetting.DidYouMean.Nearest(word, names) is null)))
            return [.. parse.Errors.Select(e => e.Message)];
        var list = string.Join(", ", names);
        return word is not null
            ? [$"'{Typesetting.Printable.Escape(word)}' is not a command of {path}; {Typesetting.DidYouMean.Hint(word, names, $"the commands are: {list}")}"]
            : [$"{path} needs a command: {list}"];
    }

    /// <summary>"briefings new": the words of the command the parse got to.</summary>
    public static string Path(CommandResult result)
    {
        var words = new List<string>();
        for (SymbolResult? at = result; at is not null; at = at.Parent)
            if (at is CommandResult c) words.Insert(0, c.Command is RootCommand ? "briefings" : c.Command.Name);
        return string.Join(' ', words);
    }
}
