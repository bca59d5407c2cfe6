using System.Collections.Frozen;
using PdfSharp.Fonts;

namespace Briefings.Typesetting.Text;

/// <summary>
/// The bundled fonts and their metrics. Resolving only from this bundle is what makes every machine
/// print the same bytes; PDFsharp asks us (as its font resolver) and never looks at the system.
/// </summary>
public sealed class FontLibrary : IFontResolver
{
    private sealed record Entry(byte[] Bytes, FontMetrics Metrics);

    // Family → file stem; faces missing from the bundle (mono italic) fall back to the upright file.
    private static readonly FrozenDictionary<string, string> Stems = new Dictionary<string, string>
    {
        ["Noto Serif"] = "NotoSerif",
        ["Noto Sans"] = "NotoSans",
        ["Noto Sans Mono"] = "NotoSansMono",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    // Parsed on first use: a document rarely needs all ten faces, and start-up time is the user's wait.
    private readonly FrozenDictionary<string, Lazy<Entry>> _faces;

    public static FontLibrary Bundled { get; } = new();

    private FontLibrary()
    {
        var assembly = typeof(FontLibrary).Assembly;
        var faces = new Dictionary<string, Lazy<Entry>>();
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith("Fonts.") && n.EndsWith(".ttf")))
        {
            faces[resource["Fonts.".Length..^".ttf".Length]] = new Lazy<Entry>(() =>
            {
                using var stream = assembly.GetManifestResourceStream(resource)!;
                var bytes = new byte[stream.Length];
                stream.ReadExactly(bytes);
                return new Entry(bytes, new FontMetrics(bytes));
            });
        }
        _faces = faces.ToFrozenDictionary();
    }

    public static IReadOnlyCollection<string> Families => Stems.Keys;

    public static bool IsBundled(string family) => Stems.ContainsKey(family);

    // Measuring asks for metrics per word; resolving the face name each time showed up in profiles.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<FontFace, FontMetrics> _metrics = new();

    // Looked up before adding: a lambda over `this` would be a new delegate on every call.
    public FontMetrics Metrics(FontFace face) =>
        _metrics.TryGetValue(face, out var metrics) ? metrics : _metrics.GetOrAdd(face, _faces[FaceName(face.Family, face.Bold, face.Italic)].Value.Metrics);

    /// <summary>File stem of the face that really exists in the bundle for this request.</summary>
    private string FaceName(string family, bool bold, bool italic)
    {
        var stem = Stems.GetValueOrDefault(family, "NotoSerif");
        string[] candidates = (bold, italic) switch
        {
            (true, true) => ["-BoldItalic", "-Bold", "-Italic", "-Regular"],
            (true, false) => ["-Bold", "-Regular"],
            (false, true) => ["-Italic", "-Regular"],
            _ => ["-Regular"],
        };
        foreach (var suffix in candidates)
            if (_faces.ContainsKey(stem + suffix)) return stem + suffix;
        throw new InvalidOperationException($"bundle lacks {stem}-Regular");
    }

    /// <summary>True when an italic is asked for and the bundle has only the upright face: it is slanted when drawn.</summary>
    public bool SimulatesItalic(FontFace face) => face.Italic && !FaceName(face.Family, face.Bold, face.Italic).Contains("Italic");

    FontResolverInfo? IFontResolver.ResolveTypeface(string familyName, bool isBold, bool isItalic)
    {
        var name = FaceName(familyName, isBold, isItalic);
        bool simulateItalic = isItalic && !name.Contains("Italic");
        return new FontResolverInfo(name, false, simulateItalic);
    }

    byte[]? IFontResolver.GetFont(string faceName) => _faces.TryGetValue(faceName, out var entry) ? entry.Value.Bytes : null;
}
