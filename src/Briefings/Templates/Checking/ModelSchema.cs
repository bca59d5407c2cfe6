using System.Reflection;
using Briefings.Sources.Model;

namespace Briefings.Templates.Checking;

/// <summary>
/// Derives a template's schema from the view model's record types, so the checker and the data the
/// template actually gets can never disagree about which fields exist.
/// </summary>
public static class ModelSchema
{
    public static SchemaType Of(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type == typeof(string)) return new LeafSchema("text");
        if (type == typeof(int) || type == typeof(long) || type == typeof(double)) return new LeafSchema("a number");
        if (type == typeof(bool)) return new LeafSchema("true or false");
        if (type == typeof(PartialDate)) return new LeafSchema("a date");
        if (type == typeof(DaySpan)) return new LeafSchema("a number of days");
        if (ElementType(type) is { } element) return new ListSchema(Of(element));
        var fields = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0 && p.Name != "EqualityContract")
            .ToDictionary(p => TemplateNames.Snake(p.Name), p => Of(p.PropertyType), StringComparer.Ordinal);
        return new ObjectSchema(TemplateNames.TypeName(type), fields);
    }

    internal static Type? ElementType(Type type) =>
        type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>) ? type.GetGenericArguments()[0] : null;
}
