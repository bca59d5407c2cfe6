using System.CommandLine;
using System.Text;
using Briefings.Sources.Schemas;

namespace Briefings.Cli;

/// <summary>
/// `briefings schemas [--out DIR]`: writes the JSON Schemas of the source files and the theme (the ones checked
/// in under schemas/), generated from the readers' own field definitions, for editors to validate as you type.
/// </summary>
internal static class SchemasCommand
{
    public const string DefaultFolder = "schemas";

    public static Command Create()
    {
        var output = OutputOption.Create("--out", "", $"Folder to write the schemas to (default: {DefaultFolder})", "dir");
        var command = new Command("schemas", "Write the JSON Schemas editors use to check source files and the theme as you type.") { output };
        command.SetAction(parse =>
        {
            var folder = parse.GetValue(output) ?? DefaultFolder;
            foreach (var schema in SourceSchemas.All())
            {
                var path = Path.Combine(folder, schema.Name);
                AtomicFile.WriteAllBytes(path, Encoding.UTF8.GetBytes(schema.Text()));
                parse.InvocationConfiguration.Error.WriteLine($"wrote {path}");
            }
            return ExitCodes.Ok;
        });
        return command;
    }
}
