using System.Collections;
using System.Reflection;
using Briefings.Templates.Checking;

namespace Briefings.Templates;

/// <summary>
/// Turns the view model into what Handlebars walks: records become dictionaries keyed in snake_case,
/// lists become lists, and leaves (text, numbers, dates, day spans) stay as they are for helpers.
/// A missing key then fails loudly under Handlebars' strict mode instead of printing nothing.
/// </summary>
public static class TemplateData
{
    public static object? From(object? value)
    {
        switch (value)
        {
            case null: return null;
            case string or int or long or double or bool or Sources.Model.PartialDate or Sources.Model.DaySpan: return value;
            case IEnumerable items: return items.Cast<object?>().Select(From).ToList();
        }
        var type = value.GetType();
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length > 0 || property.Name == "EqualityContract") continue;
            result[TemplateNames.Snake(property.Name)] = From(property.GetValue(value));
        }
        return result;
    }

    /// <summary>The schema of what <see cref="From"/> produces for <typeparamref name="T"/>; kept beside it so the two cannot drift.</summary>
    public static SchemaType SchemaOf<T>() => ModelSchema.Of(typeof(T));
}
