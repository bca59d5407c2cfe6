using System.Text.Json.Nodes;

namespace Briefings.Typesetting.Schemas;

/// <summary>schemas/theme.schema.json, written from <see cref="ThemeKeys"/>: the keys, what each sets and its limits.</summary>
public static class ThemeSchema
{
    public static SchemaFile Create()
    {
        var properties = new JsonObject();
        foreach (var key in ThemeKeys.All)
        {
            var property = Value(key.Value);
            property.Insert(0, "description", key.Description);
            properties[key.Name] = property;
        }
        var schema = SchemaFile.Head("Briefings theme",
            "A theme.yaml: page margins (millimetres), type sizes (points), colours (#rrggbb) and bundled faces. Every key is optional; a key left out keeps its default.");
        schema["type"] = "object";
        schema["properties"] = properties;
        schema["additionalProperties"] = false;
        return new SchemaFile("theme.schema.json", schema);
    }

    private static JsonObject Value(ThemeValue value) => value switch
    {
        ThemeValue.Number n => Number(n.Min, n.Max),
        ThemeValue.Numbers n => new JsonObject
        {
            ["type"] = "array",
            ["items"] = Number(n.Min, n.Max),
            ["minItems"] = n.Count,
            ["maxItems"] = n.Count,
        },
        ThemeValue.Flag => new JsonObject { ["type"] = "boolean" },
        ThemeValue.Colour => new JsonObject { ["type"] = "string", ["pattern"] = ThemeValue.Colour.Pattern },
        ThemeValue.Face f => new JsonObject { ["type"] = "string", ["enum"] = new JsonArray(f.Families.Select(x => (JsonNode?)x).ToArray()) },
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, "no schema for this kind of theme value"),
    };

    private static JsonObject Number(float min, float? max)
    {
        var number = new JsonObject { ["type"] = "number", ["minimum"] = (decimal)min };
        if (max is { } m) number["maximum"] = (decimal)m;
        return number;
    }
}
