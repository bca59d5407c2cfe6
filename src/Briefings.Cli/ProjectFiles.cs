using System.Text;
using Briefings.Sources.Schemas;

namespace Briefings.Cli;

/// <summary>
/// What `briefings new project` writes: the templates and theme this tool ships with, the platform and actor
/// registries of its sample cases (to extend or trim), empty documents/ and cases/ folders, and the editors'
/// schemas. The templates and registries are the repository's own files, built into the program.
/// </summary>
internal static class ProjectFiles
{
    private const string Prefix = "project/";

    /// <summary>Every file, by its path relative to the project folder ('/'-separated), with its bytes.</summary>
    public static IReadOnlyList<(string Path, byte[] Bytes)> All()
    {
        var assembly = typeof(ProjectFiles).Assembly;
        var shipped = assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(Prefix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(name => (name[Prefix.Length..], Read(assembly, name)));
        var schemas = SourceSchemas.All().Select(schema => ($"{SchemasCommand.DefaultFolder}/{schema.Name}", Encoding.UTF8.GetBytes(schema.Text())));
        return [.. shipped, .. schemas];
    }

    /// <summary>The folders a project has even while they are empty.</summary>
    public static IReadOnlyList<string> Folders => ["sources/documents", "sources/cases"];

    private static byte[] Read(System.Reflection.Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var bytes = new MemoryStream();
        stream.CopyTo(bytes);
        return bytes.ToArray();
    }
}
