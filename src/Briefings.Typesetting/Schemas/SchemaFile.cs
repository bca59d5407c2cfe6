using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Briefings.Typesetting.Schemas;

/// <summary>
/// A JSON Schema (draft 2020-12) for one kind of YAML file, named as it is checked in under schemas/
/// ("theme.schema.json"). Written with keys in the order they were added, two-space indents and \n line
/// ends, so the same definitions always give the same bytes; through JsonNode and Utf8JsonWriter, which
/// need no reflection and so work in the native build.
/// </summary>
public sealed record SchemaFile(string Name, JsonObject Schema)
{
    public const string Draft = "https://json-schema.org/draft/2020-12/schema";

    /// <summary>A schema's head: the draft, a title and what the file is.</summary>
    public static JsonObject Head(string title, string description) => new()
    {
        ["$schema"] = Draft,
        ["title"] = title,
        ["description"] = description,
    };

    public string Text()
    {
        var buffer = new MemoryStream();
        var options = new JsonWriterOptions
        {
            Indented = true,
            NewLine = "\n",
            // Descriptions hold dashes, quotes and ellipses: keep them readable rather than \u-escaped.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        using (var writer = new Utf8JsonWriter(buffer, options)) Schema.WriteTo(writer);
        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }
}
