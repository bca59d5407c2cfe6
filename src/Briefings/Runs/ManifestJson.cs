using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Briefings.Runs;

/// <summary>
/// The manifest's file format: indented JSON with "\n" line ends on every system, entries in ordinal
/// order, empty fields left out, so the same run writes the same bytes anywhere.
/// </summary>
public static partial class ManifestJson
{
    // Serialisation code generated at build time (a native build cannot generate it at run time).
    private static readonly Context Json = new(new JsonSerializerOptions
    {
        WriteIndented = true,
        NewLine = "\n",
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters =
        {
            new JsonStringEnumConverter<OutputFormat>(JsonNamingPolicy.CamelCase, allowIntegerValues: false),
            new JsonStringEnumConverter<OutputStatus>(JsonNamingPolicy.CamelCase, allowIntegerValues: false),
        },
    });

    [JsonSerializable(typeof(ManifestDto))]
    private sealed partial class Context : JsonSerializerContext;

    public static byte[] Write(Manifest manifest)
    {
        var sorted = manifest.Sorted();
        var dto = new ManifestDto(
            sorted.Month, sorted.Tool, sorted.Shard?.ToString(), sorted.Cases,
            sorted.Outputs.Select(o => new EntryDto(o.File, o.Case, o.Format, o.Inputs, o.Output, o.Status, o.Errors.Count == 0 ? null : o.Errors, o.Stale ? true : null)).ToList());
        return Encoding.UTF8.GetBytes(JsonSerializer.Serialize(dto, Json.ManifestDto) + "\n");
    }

    /// <summary>The manifest in <paramref name="json"/>, or why it cannot be read (said about <paramref name="path"/>).</summary>
    public static (Manifest? Manifest, string? Error) Read(string json, string path)
    {
        try
        {
            var dto = JsonSerializer.Deserialize(json, Json.ManifestDto);
            if (dto?.Month is null || dto.Tool is null || dto.Cases is null || dto.Outputs is null)
                return (null, $"{path}: not a Briefings manifest (month, tool, cases and outputs are required)");
            Shard? shard = null;
            if (dto.Shard is not null)
            {
                shard = Runs.Shard.Parse(dto.Shard);
                if (shard is null) return (null, $"{path}: shard '{dto.Shard}' is not of the form i/n");
            }
            if (dto.Outputs.Any(o => o.File is null || o.Inputs is null))
                return (null, $"{path}: every output needs a file and an inputs hash");
            var outputs = dto.Outputs.Select(o => new ManifestEntry(o.File!, o.Case, o.Format, o.Inputs!, o.Output, o.Status, o.Errors ?? []) { Stale = o.Stale == true }).ToList();
            return (new Manifest(dto.Month, dto.Tool, shard, dto.Cases, outputs), null);
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line ? $":{line + 1}:{(e.BytePositionInLine ?? 0) + 1}" : "";
            return (null, $"{path}{where}: not a readable manifest ({e.Message.Split(" Path:")[0]})");
        }
    }

    private sealed record ManifestDto(string? Month, string? Tool, string? Shard, IReadOnlyList<string>? Cases, IReadOnlyList<EntryDto>? Outputs);

    private sealed record EntryDto(string? File, string? Case, OutputFormat Format, string? Inputs, string? Output, OutputStatus Status, IReadOnlyList<string>? Errors, bool? Stale = null);
}
