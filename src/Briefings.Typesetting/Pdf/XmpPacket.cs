using System.Globalization;
using System.Security;
using System.Text;
using Briefings.Typesetting.Model;

namespace Briefings.Typesetting.Pdf;

/// <summary>
/// The document's XMP metadata: what the Info dictionary says, the PDF/UA-1 identification, and for
/// an archival file the PDF/A-2a identification. Ids come from the document id, dates are UTC and
/// Gregorian, and every value is XML-escaped, so the packet is valid and the same on every machine.
/// </summary>
internal static class XmpPacket
{
    public static byte[] Build(DocumentMeta meta, string producer, DateTime timestamp, string documentId, bool pdfA)
    {
        static string X(string? value) => SecurityElement.Escape(value ?? "");
        var date = timestamp.ToUniversalTime().ToString("yyyy'-'MM'-'dd'T'HH':'mm':'ss'Z'", CultureInfo.InvariantCulture);
        var uuid = new Guid(Convert.FromHexString(documentId[..32])).ToString();
        var archival = pdfA
            ? """
                  <rdf:Description rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/">
                    <pdfaid:part>2</pdfaid:part>
                    <pdfaid:conformance>A</pdfaid:conformance>
                  </rdf:Description>

              """
            : "";
        var xml = $"""
            <?xpacket begin="{'\uFEFF'}" id="W5M0MpCehiHzreSzNTczkc9d"?>
            <x:xmpmeta xmlns:x="adobe:ns:meta/">
              <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
                <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">
                  <dc:format>application/pdf</dc:format>
                  <dc:title><rdf:Alt><rdf:li xml:lang="x-default">{X(meta.Title)}</rdf:li></rdf:Alt></dc:title>
                  <dc:creator><rdf:Seq><rdf:li>{X(meta.Author)}</rdf:li></rdf:Seq></dc:creator>
                  <dc:description><rdf:Alt><rdf:li xml:lang="x-default">{X(meta.Subject ?? meta.Subtitle)}</rdf:li></rdf:Alt></dc:description>
                  <dc:language><rdf:Bag><rdf:li>{X(meta.Language)}</rdf:li></rdf:Bag></dc:language>
                </rdf:Description>
                <rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
                  <pdf:Producer>{X(producer)}</pdf:Producer>
                  <pdf:Keywords>{X(meta.Keywords)}</pdf:Keywords>
                </rdf:Description>
                <rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/">
                  <xmp:CreatorTool>Briefings</xmp:CreatorTool>
                  <xmp:CreateDate>{date}</xmp:CreateDate>
                  <xmp:ModifyDate>{date}</xmp:ModifyDate>
                  <xmp:MetadataDate>{date}</xmp:MetadataDate>
                </rdf:Description>
                <rdf:Description rdf:about="" xmlns:xmpMM="http://ns.adobe.com/xap/1.0/mm/">
                  <xmpMM:DocumentID>uuid:{uuid}</xmpMM:DocumentID>
                  <xmpMM:InstanceID>uuid:{uuid}</xmpMM:InstanceID>
                </rdf:Description>
                <rdf:Description rdf:about="" xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">
                  <pdfuaid:part>1</pdfuaid:part>
                </rdf:Description>
            {archival}  </rdf:RDF>
            </x:xmpmeta>
            <?xpacket end="r"?>
            """;
        return Encoding.UTF8.GetBytes(xml);
    }
}
