namespace Briefings.Cli;

/// <summary>A usage mistake found after parsing (an environment variable, an option's combination): exit 2, one line.</summary>
internal sealed class UsageException(string message) : Exception(message);
