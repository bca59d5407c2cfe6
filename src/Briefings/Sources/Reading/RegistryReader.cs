using Briefings.Sources.Model;
using Briefings.Sources.Yaml;
using Briefings.Typesetting;

namespace Briefings.Sources.Reading;

/// <summary>sources/platforms.yaml and sources/actors.yaml: one top-level list each of named entries.</summary>
public static class RegistryReader
{
    public static readonly IReadOnlyList<FieldSpec> PlatformFields =
    [
        FieldSpec.Must("id", FieldShape.Id, "Kebab-case id, unique; it also stands for the company that runs the platform.", "id: twitter"),
        FieldSpec.Must("name", FieldShape.Text, "How the brief names it.", "name: Twitter"),
        FieldSpec.Must("kind", FieldShape.Word<PlatformKind>(),
            "mainstream (large services with moderation teams), alternative (looser rules), bespoke (built by or for the group) or messaging (chat and channels).",
            "kind: mainstream"),
        FieldSpec.May("built_with", FieldShape.Text, "The software or service it was built on.", "built_with: SocialKit"),
        FieldSpec.May("note", FieldShape.Text, "The analyst's remark.", "note: Launched and lost within days in March 2015."),
    ];

    public static readonly IReadOnlyList<FieldSpec> ActorFields =
    [
        FieldSpec.Must("id", FieldShape.Id, "Kebab-case id, unique, and not also a platform id.", "id: islamic-state-supporters"),
        FieldSpec.Must("name", FieldShape.Text, "How the brief names it.", "name: Islamic State supporters"),
        FieldSpec.Must("kind", FieldShape.Word<ActorKind>(), "group, supporters, operators, company, government or other.", "kind: supporters"),
        FieldSpec.May("note", FieldShape.Text, "The analyst's remark.", "note: Not the group's own media arms."),
    ];

    /// <summary>platforms.yaml: one `platforms:` list.</summary>
    public static readonly IReadOnlyList<FieldSpec> PlatformsFile =
    [
        FieldSpec.Must("platforms", FieldShape.ListOf(PlatformFields), "The platforms the sources name, one entry each.", "platforms:"),
    ];

    /// <summary>actors.yaml: one `actors:` list.</summary>
    public static readonly IReadOnlyList<FieldSpec> ActorsFile =
    [
        FieldSpec.Must("actors", FieldShape.ListOf(ActorFields), "Actors that are not platforms (groups, supporters, operators, governments), one entry each.", "actors:"),
    ];

    public static IReadOnlyList<Platform> ReadPlatforms(SourceText source, List<Diagnostic> problems)
    {
        var entries = OpenList(source, "platforms", PlatformsFile, problems);
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
        var entries = OpenList(source, "actors", ActorsFile, problems);
        return entries.Select(f => new Actor(
                f.Id() ?? "",
                f.Text("name") ?? "",
                f.Word<ActorKind>("kind") ?? ActorKind.Other,
                f.Text("note"),
                f.Where("id")))
            .ToList();
    }

    private static IReadOnlyList<FieldReader> OpenList(SourceText source, string listName, IReadOnlyList<FieldSpec> file, List<Diagnostic> problems)
    {
        var root = YamlTreeReader.Read(source, problems);
        if (root is null) return [];
        var top = FieldReader.Open(root, $"{listName} file", file, problems);
        return top?.Mappings(listName, listName.TrimEnd('s')) ?? [];
    }
}
