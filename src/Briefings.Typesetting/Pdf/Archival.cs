using System.IO.Compression;
using PdfSharp.Pdf;

namespace Briefings.Typesetting.Pdf;

/// <summary>
/// What PDF/A-2 adds to a tagged, fully embedded file: an output intent naming the colour space every
/// RGB value means (the bundled sRGB profile, zlib-licensed, notice beside it) and a version it allows.
/// </summary>
internal static class Archival
{
    private static readonly Lazy<byte[]> Profile = new(() =>
    {
        using var resource = typeof(Archival).Assembly.GetManifestResourceStream("Color.sRGB.icc")
            ?? throw new InvalidOperationException("the bundled sRGB profile is missing from the assembly");
        using var packed = new MemoryStream();
        using (var zlib = new ZLibStream(packed, CompressionLevel.Optimal, leaveOpen: true)) resource.CopyTo(zlib);
        return packed.ToArray();
    });

    public static void AddOutputIntent(PdfDocument document)
    {
        document.Version = 17;
        var profile = new PdfDictionary(document);
        document.Internals.AddObject(profile);
        profile.CreateStream(Profile.Value);
        profile.Elements.SetInteger("/N", 3);
        profile.Elements.SetName("/Filter", "/FlateDecode");

        var intent = new PdfDictionary(document);
        intent.Elements.SetName("/Type", "/OutputIntent");
        intent.Elements.SetName("/S", "/GTS_PDFA1");
        intent.Elements.SetString("/OutputConditionIdentifier", "sRGB IEC61966-2.1");
        intent.Elements.SetString("/Info", "sRGB IEC61966-2.1");
        intent.Elements.SetReference("/DestOutputProfile", profile);
        var intents = new PdfArray(document);
        intents.Elements.Add(intent);
        document.Internals.Catalog.Elements["/OutputIntents"] = intents;
    }
}
