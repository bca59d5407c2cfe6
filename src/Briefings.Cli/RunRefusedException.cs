namespace Briefings.Cli;

/// <summary>A monthly run that must not start in its folder (another month's, a foreign manifest); the message says what to do.</summary>
internal sealed class RunRefusedException(string message) : Exception(message);
