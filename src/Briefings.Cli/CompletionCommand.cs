using System.CommandLine;

namespace Briefings.Cli;

/// <summary>
/// `briefings completion bash|zsh|fish`: a script that completes commands, options, their values and case
/// ids by asking briefings itself (System.CommandLine's [suggest] directive), so it never goes stale.
/// </summary>
internal static class CompletionCommand
{
    public static Command Create()
    {
        var shell = new Argument<string>("shell") { Description = "bash, zsh or fish" };
        shell.AcceptOnlyFromAmong("bash", "zsh", "fish");
        var command = new Command("completion", "Print a shell completion script: add `source <(briefings completion bash)` to ~/.bashrc (see docs/getting-started.md).") { shell };
        command.SetAction(parse =>
        {
            parse.InvocationConfiguration.Output.Write(parse.GetValue(shell) switch
            {
                "bash" => Bash,
                "zsh" => Zsh,
                _ => Fish,
            });
            return ExitCodes.Ok;
        });
        return command;
    }

    // Each script hands briefings the line up to the cursor, without the program's own name, and offers
    // what comes back; file names stay available where briefings has nothing to offer (-o, notes.md).
    private const string Bash = """
        # briefings completion for bash: add `source <(briefings completion bash)` to ~/.bashrc
        _briefings() {
          local before="${COMP_LINE:0:COMP_POINT}"
          local line="${before#* }"
          local IFS=$'\n'
          COMPREPLY=($(compgen -W "$(briefings "[suggest:${#line}]" "$line" 2>/dev/null)" -- "${COMP_WORDS[COMP_CWORD]}"))
        }
        complete -o default -F _briefings briefings

        """;

    private const string Zsh = """
        # briefings completion for zsh: add `source <(briefings completion zsh)` to ~/.zshrc (after compinit)
        _briefings() {
          local line="${LBUFFER#* }"
          local -a items
          items=(${(f)"$(briefings "[suggest:${#line}]" "$line" 2>/dev/null)"})
          compadd -a items
          _files
        }
        compdef _briefings briefings

        """;

    private const string Fish = """
        # briefings completion for fish: briefings completion fish > ~/.config/fish/completions/briefings.fish
        function __briefings_complete
            set -l line (commandline -cp | string replace -r '^\S+\s*' '')
            briefings "[suggest:"(string length -- "$line")"]" "$line" 2>/dev/null
        end
        complete -c briefings -a '(__briefings_complete)'

        """;
}
