using Spectre.Console;

namespace Briefings.Cli;

/// <summary>
/// A Spectre console over the writer a command was given: the real terminal (colours when it has them)
/// or, in tests and pipes, plain text into that writer.
/// </summary>
internal static class Terminal
{
    // Colour only on a real terminal: logs of piped or scheduled runs stay plain text (NO_COLOR is honoured too).
    public static IAnsiConsole For(TextWriter output) =>
        ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected && Environment.GetEnvironmentVariable("NO_COLOR") is null
            ? AnsiConsole.Console
            : AnsiConsole.Create(new AnsiConsoleSettings
            {
                Out = new AnsiConsoleOutput(output),
                Ansi = AnsiSupport.No,
                ColorSystem = ColorSystemSupport.NoColors,
                Interactive = InteractionSupport.No,
            });
}
