namespace Briefings.Cli;

/// <summary>An output that could not be written, or was refused; the message names the path and why.</summary>
internal sealed class OutputException(string path, string reason) : IOException($"{(path.Length == 0 ? "(empty path)" : path)}: cannot write: {reason}");
