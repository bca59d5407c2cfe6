using System.Collections;
using System.Reflection;
using Briefings.Sources.Model;
using Scriban.Runtime;

namespace Briefings.Templates;

/// <summary>
/// A view-model record as templates see it: a ScriptObject with one entry per property, in snake_case, so
/// Scriban reads it without reflection of its own (which under native AOT renders trimmed members as
/// nothing). Built generically: a field added to a view record reaches templates with no extra code.
/// <see cref="Source"/> keeps the record, so a figure is built from typed data, never from text.
/// </summary>
public sealed class ViewObject : ScriptObject
{
    // No auto-import: a ScriptObject subclass otherwise shows its own static members (Of) to templates.
    private ViewObject(object source) : base(8, autoImportStaticsFromThisType: false) => Source = source;

    public object Source { get; }

    /// <summary>Records become ViewObjects, lists ScriptArrays; text, numbers, dates and day spans stay as they are for functions.</summary>
    public static object? Of(object? value)
    {
        switch (value)
        {
            case null: return null;
            case string or bool or int or long or double or decimal or PartialDate or DaySpan: return value;
            case Enum e: return e.ToString();
            case IEnumerable items: return new ScriptArray(items.Cast<object?>().Select(Of));
        }
        var view = new ViewObject(value);
        foreach (var property in Properties(value.GetType()))
            view.SetValue(TemplateNames.Snake(property.Name), Of(property.GetValue(value)), readOnly: true);
        return view;
    }

    /// <summary>The properties a record shows templates; <see cref="ModelSchema"/> reads the same list, so checker and data agree.</summary>
    [System.Diagnostics.CodeAnalysis.UnconditionalSuppressMessage("Trimming", "IL2070",
        Justification = "The view records are kept whole by ILLink.Descriptors.xml (the Templates.Model and Runs.Digest namespaces); ModelMembersTests fails if any would render empty.")]
    internal static IEnumerable<PropertyInfo> Properties(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0 && p.Name != "EqualityContract");
}
