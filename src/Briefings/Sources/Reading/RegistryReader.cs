using Briefings.Sources.Model;
using Briefings.Sources.Yaml;
using Briefings.Typesetting;

namespace Briefings.Sources.Reading;

/// <summary>sources/platforms.yaml and sources/actors.yaml: one top-level list each of named entries.</summary>
public static class RegistryReader
{
    public static readonly IReadOnlyList<FieldSpec> PlatformFields =
    [
        FieldSpec.Must("id", "id: twitter"),
        FieldSpec.Must("name", "name: Twitter"),
        FieldSpec.Must("kind", "kind: mainstream"),
        FieldSpec.May("built_with", "built_with: SocialKit"),
        FieldSpec.May("note", "note: Launched and lost within days in March 2015."),
    ];

    public static readonly IReadOnlyList<FieldSpec> ActorFields =
    [
        FieldSpec.Must("id", "id: islamic-state-supporters"),
        FieldSpec.Must("name", "name: Islamic State supporters"),
        FieldSpec.Must("kind", "kind: supporters"),
        FieldSpec.May("note", "note: Not the group's own media arms."),
    ];

    public static IReadOnlyList<Platform> ReadPlatforms(SourceText source, List<Diagnostic> problems)
    {
        var entries = OpenList(source, "platforms", PlatformFields, problems);
        return entries.Select(f => new Platform(
                f.Id() ?? "",
                f.Text("name") ?? "",
                f.Word<PlatformKind>("kind") ?? PlatformKind.Alternative,
                f.Text("built_with"),
                f.Text("note"),
                f.Where("id")))
            .ToList();
    }

    public static IReadOnlyList<Actor> ReadActors(SourceText source, List<Diagnostic> problems)
    {
        var entries = OpenList(source, "actors", ActorFields, problems);
        return entries.Select(f => new Actor(
                f.Id() ?? "",
                f.Text("name") ?? "",
                f.Word<ActorKind>("kind") ?? ActorKind.Other,
                f.Text("note"),
                f.Where("id")))
            .ToList();
    }

    private static IReadOnlyList<FieldReader> OpenList(SourceText source, string listName, IReadOnlyList<FieldSpec> fields, List<Diagnostic> problems)
    {
        var root = YamlTreeReader.Read(source, problems);
        if (root is null) return [];
        var top = FieldReader.Open(root, $"{listName} file", [FieldSpec.Must(listName, $"{listName}:")], problems);
        return top?.Mappings(listName, listName.TrimEnd('s'), fields) ?? [];
    }
}
