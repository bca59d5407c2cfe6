using Briefings.Typesetting;

namespace Briefings.Sources.Yaml;

/// <summary>
/// A YAML node that remembers where it was written. We build our own small tree from the parser's
/// events (rather than YamlDotNet's representation model) so every key and value keeps its mark,
/// duplicate keys are reported instead of thrown, and scalars stay text until a schema reads them.
/// </summary>
public abstract record YamlValue(Location At)
{
    /// <summary>How a value of this shape is named in messages ("a list", "a mapping").</summary>
    public abstract string ShapeName { get; }
}

public sealed record YamlScalar(Location At, string Text, bool IsPlain) : YamlValue(At)
{
    /// <summary>YAML's null spellings, only when unquoted: "null" in quotes is the word null.</summary>
    public bool IsNull => IsPlain && Text is "" or "~" or "null" or "Null" or "NULL";

    public override string ShapeName => IsNull ? "empty" : "a single value";
}

public sealed record YamlEntry(YamlScalar Key, YamlValue Value);

public sealed record YamlMapping(Location At, IReadOnlyList<YamlEntry> Entries) : YamlValue(At)
{
    public override string ShapeName => "a mapping (key: value lines)";
}

public sealed record YamlSequence(Location At, IReadOnlyList<YamlValue> Items) : YamlValue(At)
{
    public override string ShapeName => "a list";
}
