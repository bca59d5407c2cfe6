using Briefings.Sources.Model;

namespace Briefings.Sources.Reading;

/// <summary>
/// What a field's value looks like. The readers check values against it and the JSON Schemas an editor
/// uses are written from it, so what the editor flags while typing and what `validate` reports cannot drift.
/// </summary>
public abstract record FieldShape
{
    /// <summary>Free text in the analyst's own words.</summary>
    public static FieldShape Text { get; } = new TextShape();

    /// <summary>A partial date: YYYY, YYYY-MM or YYYY-MM-DD.</summary>
    public static FieldShape Date { get; } = new DateShape();

    /// <summary>A kebab-case id (<see cref="Ids"/>).</summary>
    public static FieldShape Id { get; } = new IdShape();

    /// <summary>The name of something defined elsewhere: an id, or document#item.</summary>
    public static FieldShape Reference { get; } = new ReferenceShape();

    /// <summary>true or false.</summary>
    public static FieldShape Flag { get; } = new FlagShape();

    /// <summary>A list of references; a single one is read as a list of one.</summary>
    public static FieldShape References { get; } = new ListShape(Reference);

    /// <summary>A list of short texts; a single one is read as a list of one.</summary>
    public static FieldShape Texts { get; } = new ListShape(Text);

    public static FieldShape OneOf(IReadOnlyList<string> words) => new ChoiceShape(words);

    /// <summary>One word of an enum's vocabulary, spelt as the files spell it.</summary>
    public static FieldShape Word<TEnum>() where TEnum : struct, Enum => new ChoiceShape(Vocabulary<TEnum>.Words);

    public static FieldShape WholeNumber(int min, int max) => new WholeNumberShape(min, max);

    public static FieldShape Mapping(IReadOnlyList<FieldSpec> fields) => new MappingShape(fields);

    /// <summary>A list of mappings, each of <paramref name="fields"/> (claims, events, paths).</summary>
    public static FieldShape ListOf(IReadOnlyList<FieldSpec> fields) => new ListShape(new MappingShape(fields));
}

public sealed record TextShape : FieldShape;

public sealed record DateShape : FieldShape;

public sealed record IdShape : FieldShape;

public sealed record ReferenceShape : FieldShape;

public sealed record FlagShape : FieldShape;

public sealed record ChoiceShape(IReadOnlyList<string> Words) : FieldShape;

public sealed record WholeNumberShape(int Min, int Max) : FieldShape;

public sealed record MappingShape(IReadOnlyList<FieldSpec> Fields) : FieldShape;

/// <summary>A list of <paramref name="Item"/>; when the item is a single value, one value alone is read as a list of one.</summary>
public sealed record ListShape(FieldShape Item) : FieldShape;
