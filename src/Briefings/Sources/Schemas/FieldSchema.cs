using System.Text.Json.Nodes;
using Briefings.Sources.Model;
using Briefings.Sources.Reading;

namespace Briefings.Sources.Schemas;

/// <summary>
/// <see cref="FieldSpec"/> lists → JSON Schema, as close to what the readers accept as JSON Schema can say:
/// required keys, no others (a misspelt key is flagged while typing), each value's shape, and an optional
/// field left empty (YAML null) allowed, as the readers allow it. Scalars are typed as an editor's YAML 1.2
/// parser types them: `2015` is a number, so a date or a free text may be one.
/// </summary>
public static class FieldSchema
{
    /// <summary>The schema of a mapping of <paramref name="fields"/>, added to <paramref name="into"/> (a schema's head) when given.</summary>
    public static JsonObject Mapping(IReadOnlyList<FieldSpec> fields, JsonObject? into = null)
    {
        var properties = new JsonObject();
        foreach (var field in fields) properties[field.Name] = Property(field);
        var mapping = into ?? new JsonObject();
        mapping["type"] = "object";
        mapping["properties"] = properties;
        var required = fields.Where(f => f.Required).Select(f => (JsonNode?)f.Name).ToArray();
        if (required.Length > 0) mapping["required"] = new JsonArray(required);
        mapping["additionalProperties"] = false;
        return mapping;
    }

    private static JsonObject Property(FieldSpec field)
    {
        var value = Value(field.Shape);
        if (!field.Required) AllowEmpty(value);
        value.Insert(0, "description", field.Description);
        return value;
    }

    private static JsonObject Value(FieldShape shape) => shape switch
    {
        TextShape => new JsonObject { ["type"] = Types("string", "number", "boolean") },
        DateShape => new JsonObject
        {
            ["type"] = Types("string", "integer"),
            ["pattern"] = @"^[1-9]\d{3}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$",
            ["minimum"] = PartialDate.FirstYear,
            ["maximum"] = 9999,
        },
        IdShape => new JsonObject { ["type"] = "string", ["pattern"] = Ids.Pattern },
        ReferenceShape => new JsonObject { ["type"] = "string", ["minLength"] = 1 },
        FlagShape => new JsonObject { ["type"] = "boolean" },
        ChoiceShape choice => new JsonObject { ["type"] = "string", ["enum"] = new JsonArray(choice.Words.Select(w => (JsonNode?)w).ToArray()) },
        WholeNumberShape range => new JsonObject { ["type"] = "integer", ["minimum"] = range.Min, ["maximum"] = range.Max },
        MappingShape mapping => Mapping(mapping.Fields),
        ListShape { Item: MappingShape item } => new JsonObject { ["type"] = "array", ["items"] = Mapping(item.Fields) },
        // The readers take one value alone as a list of one.
        ListShape list => new JsonObject { ["anyOf"] = new JsonArray(Value(list.Item), new JsonObject { ["type"] = "array", ["items"] = Value(list.Item) }) },
        _ => throw new ArgumentOutOfRangeException(nameof(shape), shape, "no schema for this field shape"),
    };

    /// <summary>An optional field may be written with nothing after the colon: the readers take it as absent.</summary>
    private static void AllowEmpty(JsonObject value)
    {
        if (value["anyOf"] is JsonArray choices) choices.Add((JsonNode)new JsonObject { ["type"] = "null" });
        else
        {
            value["type"] = value["type"] switch
            {
                JsonArray types => Types([.. types.Select(t => t!.GetValue<string>()), "null"]),
                var type => Types(type!.GetValue<string>(), "null"),
            };
            if (value["enum"] is JsonArray words) words.Add((JsonNode?)null);
        }
    }

    private static JsonArray Types(params string[] types) => new(types.Select(t => (JsonNode?)t).ToArray());
}
