using System.Text.Json;
using Briefings.Sources.Schemas;
using Json.Schema;

namespace Briefings.Tests.Schemas;

/// <summary>Validates YAML text against one of the checked-in schemas, the way an editor's YAML extension would.</summary>
internal static class SchemaCheck
{
    public static string Folder => Path.Combine(TestPaths.Repository, "schemas");

    /// <summary>Every failure as "instance location: keyword: message"; empty when the text is valid.</summary>
    public static IReadOnlyList<string> Errors(string schemaName, string yaml) => Errors(Load(Path.Combine(Folder, schemaName)), YamlJson.Parse(yaml));

    public static JsonSchema Load(string path) => JsonSchema.FromText(File.ReadAllText(path));

    public static IReadOnlyList<string> Errors(JsonSchema schema, JsonElement instance)
    {
        var results = schema.Evaluate(instance, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (results.IsValid) return [];
        return (results.Details ?? [])
            .Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}"))
            .Distinct()
            .ToList();
    }

    /// <summary>The schema a source file names on its first line, resolved from the file's folder; null when it names none.</summary>
    public static string? NamedBy(string file)
    {
        var first = File.ReadLines(file).FirstOrDefault() ?? "";
        const string prefix = "# yaml-language-server: $schema=";
        return first.StartsWith(prefix, StringComparison.Ordinal)
            ? Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file)!, first[prefix.Length..]))
            : null;
    }

    public static IReadOnlyList<string> SchemaNames => SourceSchemas.All().Select(s => s.Name).ToList();
}
