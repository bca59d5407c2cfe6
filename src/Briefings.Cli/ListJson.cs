using System.Text;
using System.Text.Json;
using Briefings.Sources.Model;

namespace Briefings.Cli;

/// <summary>
/// `list --format json`: the cases and documents for scripts, with the fields a script selects on, and where
/// each is defined. Dates are as the analyst wrote them (ISO, at their own precision); words as in the YAML.
/// </summary>
internal static class ListJson
{
    public static string Write(SourceLibrary library, bool ok)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteBoolean("ok", ok);
            json.WriteStartArray("cases");
            foreach (var c in library.Cases.OrderBy(c => c.Id, StringComparer.Ordinal)) Case(json, c);
            json.WriteEndArray();
            json.WriteStartArray("documents");
            foreach (var d in library.Documents.OrderBy(d => d.Id, StringComparer.Ordinal)) Document(json, d);
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    private static void Case(Utf8JsonWriter json, CaseFile c)
    {
        json.WriteStartObject();
        json.WriteString("id", c.Id);
        json.WriteString("file", c.IdAt.File);
        json.WriteString("title", c.Title);
        json.WriteString("marking", c.Marking);
        json.WriteString("start", c.Period.Start.ToString());
        json.WriteString("end", c.Period.End.ToString());
        json.WriteString("asOf", c.AsOf.ToString());
        json.WriteStartArray("sources");
        foreach (var source in c.Sources) json.WriteStringValue(source.Text);
        json.WriteEndArray();
        json.WriteNumber("paths", c.Paths.Count);
        json.WriteNumber("judgments", c.Judgments.Count);
        json.WriteEndObject();
    }

    private static void Document(Utf8JsonWriter json, SourceDocument d)
    {
        json.WriteStartObject();
        json.WriteString("id", d.Id);
        json.WriteString("file", d.IdAt.File);
        json.WriteString("title", d.Title);
        json.WriteString("publisher", d.Publisher);
        json.WriteString("published", d.Published.ToString());
        json.WriteString("kind", Vocabulary<DocumentKind>.Word(d.Kind));
        json.WriteString("grade", d.Reliability.Grade.ToString());
        if (d.Url is { } url) json.WriteString("url", url);
        json.WriteNumber("claims", d.Claims.Count);
        json.WriteNumber("events", d.Events.Count);
        json.WriteEndObject();
    }
}
