using PdfSharp.Pdf;

namespace Briefings.Typesetting.Pdf;

/// <summary>
/// PDFsharp names each embedded font subset with a random six-letter tag ("KXDYML+NotoSerif") when the
/// font is first used. Before saving, each Type 0 font, its descendant and its descriptor are renamed
/// in order of first use ("BRFAAA+", "BRFAAB+" …), so the same document always gets the same names.
/// </summary>
internal static class StableFontNames
{
    /// <summary>Renames the given fonts (every font the document embeds, in the order they were made).</summary>
    public static void Apply(IEnumerable<PdfDictionary> fonts)
    {
        int n = 0;
        foreach (var font in fonts.Where(d => d.Elements.GetName("/Type") == "/Font" && d.Elements.GetName("/Subtype") == "/Type0"))
        {
            var name = font.Elements.GetName("/BaseFont");
            int plus = name.IndexOf('+');
            if (plus != 7) continue; // "/" + six letters + "+"
            var stable = "/BRF" + (char)('A' + n / 676 % 26) + (char)('A' + n / 26 % 26) + (char)('A' + n % 26) + name[plus..];
            n++;
            font.Elements.SetName("/BaseFont", stable);
            if (font.Elements.GetArray("/DescendantFonts")?.Elements.GetDictionary(0) is not { } descendant) continue;
            descendant.Elements.SetName("/BaseFont", stable);
            descendant.Elements.GetDictionary("/FontDescriptor")?.Elements.SetName("/FontName", stable);
        }
    }
}
