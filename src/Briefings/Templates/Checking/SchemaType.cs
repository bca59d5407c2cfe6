namespace Briefings.Templates.Checking;

/// <summary>The shape of a template value, as the checker knows it from the view model's types.</summary>
public abstract record SchemaType(string Name);

/// <summary>A value with fields (a record of the view model).</summary>
public sealed record ObjectSchema(string Name, IReadOnlyDictionary<string, SchemaType> Fields) : SchemaType(Name);

/// <summary>A list; {{#each}} walks it.</summary>
public sealed record ListSchema(SchemaType Element) : SchemaType($"a list of {Element.Name}");

/// <summary>Text, a number, a date, a span: printed or passed to helpers, with no fields of its own.</summary>
public sealed record LeafSchema(string Name) : SchemaType(Name);

/// <summary>Unknown shape (a helper's result, a partial checked on its own): anything goes.</summary>
public sealed record AnySchema() : SchemaType("a value");
