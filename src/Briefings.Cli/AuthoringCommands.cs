using System.CommandLine;

namespace Briefings.Cli;

/// <summary>The commands that help write sources rather than build from them: scaffolds and the editors' schemas.</summary>
internal static class AuthoringCommands
{
    public static IEnumerable<Command> Create() => [NewCommand.Create(), SchemasCommand.Create()];
}
