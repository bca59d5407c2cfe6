using Briefings.Typesetting.Text;
using PdfSharp.Fonts;

namespace Briefings.Typesetting.Pdf;

/// <summary>
/// PDFsharp keeps its licence and font resolver in process-wide settings; this is the one place
/// that sets them, once, before the first document is made.
/// </summary>
internal static class PdfSharpSetup
{
    private static readonly Lazy<bool> Done = new(() =>
    {
        GlobalFontSettings.FontResolver = FontLibrary.Bundled;
        return true;
    }, LazyThreadSafetyMode.ExecutionAndPublication);

    public static void EnsureInitialized() => _ = Done.Value;
}
