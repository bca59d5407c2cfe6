using Briefings.Sources.Reading;
using Briefings.Typesetting.Schemas;

namespace Briefings.Sources.Schemas;

/// <summary>
/// The JSON Schemas of the source files and the theme, checked in under schemas/ and named by each file's
/// `# yaml-language-server: $schema=…` line, written from the readers' own field lists.
/// </summary>
public static class SourceSchemas
{
    public const string Document = "document.schema.json";
    public const string Case = "case.schema.json";
    public const string Platforms = "platforms.schema.json";
    public const string Actors = "actors.schema.json";

    public static IReadOnlyList<SchemaFile> All() =>
    [
        Create(Document, "Briefings source document",
            "sources/documents/<id>.yaml: the structured summary of one source document (docs/schema.md).", DocumentReader.Fields),
        Create(Case, "Briefings case",
            "sources/cases/<id>.yaml: one case, its question, sources and the analyst's judgments (docs/schema.md).", CaseReader.Fields),
        Create(Platforms, "Briefings platform registry", "sources/platforms.yaml: the platforms the sources name (docs/schema.md).", RegistryReader.PlatformsFile),
        Create(Actors, "Briefings actor registry", "sources/actors.yaml: actors that are not platforms (docs/schema.md).", RegistryReader.ActorsFile),
        ThemeSchema.Create(),
    ];

    /// <summary>The first line of a source file that names its schema, for an editor's YAML extension.</summary>
    public static string ModelineFor(string relativePath) => $"# yaml-language-server: $schema={relativePath}";

    private static SchemaFile Create(string name, string title, string description, IReadOnlyList<FieldSpec> fields) =>
        new(name, FieldSchema.Mapping(fields, SchemaFile.Head(title, description)));
}
