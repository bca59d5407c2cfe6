using System.Text;
using UglyToad.PdfPig.Tokens;

namespace Briefings.Typesetting.Tests;

/// <summary>What the file says it is: PDF/UA-1 always, PDF/A-2a on request, in valid XMP that matches the Info dictionary.</summary>
public class PdfIdentityTests
{
    private const string Markdown = "---\ntitle: Bans & \"backlash\" <2015>\nauthor: A. Analyst\ndate: 2015-03-10\nlanguage: en-GB\n---\n\nText.\n";

    private static (PdfReadBack Pdf, System.Xml.Linq.XDocument Xmp) Read(bool pdfA)
    {
        var result = Render.Typesetter.RenderPdf(new RenderRequest(Markdown, "test.md") { PdfA = pdfA });
        Assert.True(result.Succeeded);
        var pdf = new PdfReadBack(result.Bytes!);
        var catalog = pdf.Document.Structure.Catalog.CatalogDictionary;
        var stream = pdf.Resolve<StreamToken>(catalog.Data["Metadata"]);
        Assert.False(stream.StreamDictionary.Data.ContainsKey("Filter"), "metadata must stay readable (unfiltered)");
        return (pdf, System.Xml.Linq.XDocument.Parse(Encoding.UTF8.GetString(stream.Data.ToArray()).TrimStart('\uFEFF')));
    }

    private static string? Value(System.Xml.Linq.XDocument xmp, string localName) =>
        xmp.Descendants().FirstOrDefault(e => e.Name.LocalName == localName)?.Value;

    [Fact]
    public void Every_pdf_claims_PDF_UA_1_in_well_formed_XMP_with_an_escaped_title()
    {
        var (pdf, xmp) = Read(pdfA: false);
        using (pdf)
        {
            Assert.Equal("1", Value(xmp, "part"));
            Assert.Equal("Bans & \"backlash\" <2015>", Value(xmp, "li"));
            Assert.Null(xmp.Descendants().FirstOrDefault(e => e.Name.NamespaceName == "http://www.aiim.org/pdfa/ns/id/"));
            Assert.Equal("2015-03-10T00:00:00Z", Value(xmp, "CreateDate"));
            Assert.Equal(pdf.Document.Information.Title, Value(xmp, "li"));
            Assert.Equal(pdf.Document.Information.Producer, Value(xmp, "Producer"));
            Assert.False(pdf.Document.Structure.Catalog.CatalogDictionary.Data.ContainsKey("OutputIntents"));
        }
    }

    [Fact]
    public void Pdfa_adds_the_PDF_A_2a_identification_and_an_sRGB_output_intent()
    {
        var (pdf, xmp) = Read(pdfA: true);
        using (pdf)
        {
            var aid = xmp.Descendants().Where(e => e.Name.NamespaceName == "http://www.aiim.org/pdfa/ns/id/").ToDictionary(e => e.Name.LocalName, e => e.Value);
            Assert.Equal("2", aid["part"]);
            Assert.Equal("A", aid["conformance"]);
            var intents = pdf.Resolve<ArrayToken>(pdf.Document.Structure.Catalog.CatalogDictionary.Data["OutputIntents"]);
            var intent = pdf.Resolve<DictionaryToken>(intents.Data.Single());
            Assert.Equal("GTS_PDFA1", ((NameToken)intent.Data["S"]).Data);
            var profile = pdf.Resolve<StreamToken>(intent.Data["DestOutputProfile"]);
            using var inflated = new MemoryStream();
            using (var zlib = new System.IO.Compression.ZLibStream(new MemoryStream(profile.Data.ToArray()), System.IO.Compression.CompressionMode.Decompress)) zlib.CopyTo(inflated);
            var icc = inflated.ToArray();
            Assert.Equal("acsp", Encoding.ASCII.GetString(icc, 36, 4)); // an ICC profile's signature
            Assert.Equal(1.7, pdf.Document.Version, 3);
            foreach (var page in pdf.Document.GetPages())
                foreach (var annotation in page.GetAnnotations())
                    Assert.Equal(4, ((NumericToken)annotation.AnnotationDictionary.Data["F"]).Int);
        }
    }
}
