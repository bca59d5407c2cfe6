using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Reflection;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Briefings.Typesetting;

/// <summary>
/// theme.yaml → <see cref="Theme"/>: each key is a property's snake_case name, each value parsed for that
/// property's type (number, true/false, text, a list of numbers), invariantly. Read from YAML's node
/// tree, not by a reflection-emitting deserialiser, so it works the same in a native build; an unknown key
/// or a value of the wrong kind is reported at its own line and column, with the keys there are.
/// </summary>
internal static class ThemeReader
{
    [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicProperties)]
    private static readonly Type ThemeType = typeof(Theme);

    /// <summary>Every settable property, by its key in theme.yaml (<see cref="ThemeKeys"/>).</summary>
    public static IReadOnlyDictionary<string, PropertyInfo> Keys { get; } = PropertiesByKey();

    private static Dictionary<string, PropertyInfo> PropertiesByKey()
    {
        var properties = ThemeType.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanWrite)
            .ToDictionary(p => SnakeCase(p.Name), StringComparer.Ordinal);
        var declared = ThemeKeys.All.Select(k => k.Name).ToHashSet(StringComparer.Ordinal);
        // A property without a key could be set by no theme and described by no schema: a programmer's slip, caught at start-up.
        if (!declared.SetEquals(properties.Keys))
            throw new InvalidOperationException("ThemeKeys.All and Theme's properties differ: " +
                string.Join(", ", declared.Except(properties.Keys).Concat(properties.Keys.Except(declared))));
        return ThemeKeys.All.ToDictionary(k => k.Name, k => properties[k.Name], StringComparer.Ordinal);
    }

    public static Theme Read(string text, string path, List<Diagnostic> diagnostics)
    {
        var theme = new Theme();
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" }) return theme;
        if (stream.Documents[0].RootNode is not YamlMappingNode mapping)
        {
            diagnostics.Add(Error(path, stream.Documents[0].RootNode, "the theme must be a mapping of key: value lines"));
            return theme;
        }
        foreach (var (keyNode, valueNode) in mapping.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            if (!Keys.TryGetValue(key, out var property))
            {
                diagnostics.Add(Error(path, keyNode, $"unknown theme key '{Printable.Escape(key)}'; " + DidYouMean.Hint(key, Keys.Keys, $"keys are {string.Join(", ", Keys.Keys.Order(StringComparer.Ordinal))}")));
                continue;
            }
            if (Value(property.PropertyType, valueNode) is { } value) property.SetValue(theme, value);
            else diagnostics.Add(Error(path, valueNode, $"{key} needs {Kind(property.PropertyType)}"));
        }
        return theme;
    }

    public static string SnakeCase(string name) =>
        string.Concat(name.Select((c, i) => char.IsUpper(c) ? (i > 0 ? "_" : "") + char.ToLowerInvariant(c) : c.ToString()));

    private static object? Value(Type type, YamlNode node)
    {
        if (type == typeof(float[]))
        {
            if (node is not YamlSequenceNode sequence) return null;
            var numbers = sequence.Children.Select(n => Value(typeof(float), n)).ToList();
            return numbers.All(n => n is float) ? numbers.Cast<float>().ToArray() : null;
        }
        if (node is not YamlScalarNode { Value: { } text }) return null;
        if (type == typeof(string)) return text;
        if (type == typeof(bool)) return text switch { "true" => true, "false" => false, _ => null };
        if (type == typeof(float))
            return float.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? number
                : text is ".nan" or ".NaN" ? float.NaN : text is ".inf" or "+.inf" ? float.PositiveInfinity : text is "-.inf" ? float.NegativeInfinity : null;
        return null;
    }

    private static string Kind(Type type) =>
        type == typeof(float) ? "a number" : type == typeof(bool) ? "true or false" : type == typeof(float[]) ? "a list of numbers" : "a text value";

    private static Diagnostic Error(string path, YamlNode node, string message) =>
        Diagnostic.Error(path, (int)node.Start.Line, (int)node.Start.Column, "theme", message);
}
