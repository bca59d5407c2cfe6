using PdfSharp.Pdf;

namespace Briefings.Typesetting.Pdf;

/// <summary>
/// PDFsharp names each embedded font subset with a random six-letter tag ("KXDYML+NotoSerif") when the
/// font is first used. Before saving, each Type 0 font, its descendant and its descriptor are renamed
/// in order of first use ("BRFAAA+", "BRFAAB+" …), so the same document always gets the same names.
/// </summary>
internal static class StableFontNames
{
    public static void Apply(PdfDocument document)
    {
        int n = 0;
        foreach (var font in document.Internals.GetAllObjects().OfType<PdfDictionary>()
                     .Where(d => d.Elements.GetName("/Type") == "/Font" && d.Elements.GetName("/Subtype") == "/Type0"))
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
