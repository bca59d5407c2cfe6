using Briefings.Sources.Model;

namespace Briefings.Templates;

/// <summary>The shape of a template value, as the checker knows it from the view model's types.</summary>
public abstract record SchemaType(string Name);

/// <summary>A value with fields (a record of the view model).</summary>
public sealed record ObjectSchema(string Name, IReadOnlyDictionary<string, SchemaType> Fields) : SchemaType(Name);

/// <summary>A list; <c>for … in</c> walks it.</summary>
public sealed record ListSchema(SchemaType Element) : SchemaType($"a list of {Element.Name}");

/// <summary>Text, a number, a date, a span: printed or passed to functions, with no fields of its own.</summary>
public sealed record LeafSchema(string Name) : SchemaType(Name);

/// <summary>Unknown shape (a function's result, a variable the template assigned): anything goes.</summary>
public sealed record AnySchema() : SchemaType("a value");

/// <summary>
/// The schema of what <see cref="ViewObject.Of"/> makes of a view-model type, derived from the same
/// properties, so the checker and the data a template gets can never disagree about which fields exist.
/// </summary>
public static class ModelSchema
{
    public static SchemaType Of(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type == typeof(string) || type.IsEnum) return new LeafSchema("text");
        if (type == typeof(int) || type == typeof(long) || type == typeof(double) || type == typeof(decimal)) return new LeafSchema("a number");
        if (type == typeof(bool)) return new LeafSchema("true or false");
        if (type == typeof(PartialDate)) return new LeafSchema("a date");
        if (type == typeof(DaySpan)) return new LeafSchema("a number of days");
        if (ElementType(type) is { } element) return new ListSchema(Of(element));
        var fields = ViewObject.Properties(type).ToDictionary(p => TemplateNames.Snake(p.Name), p => Of(p.PropertyType), StringComparer.Ordinal);
        return new ObjectSchema(TemplateNames.TypeName(type), fields);
    }

    private static Type? ElementType(Type type) =>
        type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>) ? type.GetGenericArguments()[0] : null;
}
