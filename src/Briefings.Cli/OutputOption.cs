using System.CommandLine;

namespace Briefings.Cli;

/// <summary>
/// The file and folder options commands write to (-o, --out, --markdown): an empty value is a usage
/// mistake (exit 2), not "the current folder" or a crash; "-" means standard output where a file is named.
/// </summary>
internal static class OutputOption
{
    public static Option<string?> Create(string name, string alias, string description, string helpName)
    {
        var option = alias.Length == 0 ? new Option<string?>(name) : new Option<string?>(name, alias);
        option.Description = description;
        option.HelpName = helpName;
        option.Validators.Add(r =>
        {
            if (r.Tokens.Any(t => t.Value.Trim().Length == 0))
                r.AddError($"{name} needs a {helpName} name; it was empty");
        });
        return option;
    }

    /// <summary>Writes <paramref name="bytes"/> to <paramref name="target"/>, or to standard output for "-".</summary>
    public static void Write(string target, ReadOnlySpan<byte> bytes)
    {
        if (target != AtomicFile.StandardOutput)
        {
            AtomicFile.WriteAllBytes(target, bytes);
            return;
        }
        using var stdout = Console.OpenStandardOutput();
        stdout.Write(bytes);
        stdout.Flush();
    }

    public static string Shown(string target) => target == AtomicFile.StandardOutput ? "standard output" : target;
}
