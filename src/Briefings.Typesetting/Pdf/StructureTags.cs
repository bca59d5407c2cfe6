using Briefings.Typesetting.Layout;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.UniversalAccessibility;

namespace Briefings.Typesetting.Pdf;

/// <summary>Our structure tags → PDFsharp's UniversalAccessibility calls, with the attributes PDF/UA asks for.</summary>
internal static class StructureTags
{
    public static void Begin(StructureBuilder builder, StructNode node, XRect bounds)
    {
        switch (node.Tag)
        {
            case Tag.H1: builder.BeginElement(PdfBlockLevelElementTag.Heading1); break;
            case Tag.H2: builder.BeginElement(PdfBlockLevelElementTag.Heading2); break;
            case Tag.H3: builder.BeginElement(PdfBlockLevelElementTag.Heading3); break;
            case Tag.H4: builder.BeginElement(PdfBlockLevelElementTag.Heading4); break;
            case Tag.H5: builder.BeginElement(PdfBlockLevelElementTag.Heading5); break;
            case Tag.H6: builder.BeginElement(PdfBlockLevelElementTag.Heading6); break;
            case Tag.P: builder.BeginElement(PdfBlockLevelElementTag.Paragraph); break;
            case Tag.L: builder.BeginElement(PdfBlockLevelElementTag.List); break;
            case Tag.LI: builder.BeginElement(PdfBlockLevelElementTag.ListItem); break;
            case Tag.Lbl: builder.BeginElement(PdfBlockLevelElementTag.Label); break;
            case Tag.LBody: builder.BeginElement(PdfBlockLevelElementTag.ListBody); break;
            case Tag.Table: builder.BeginElement(PdfBlockLevelElementTag.Table); break;
            case Tag.TR: builder.BeginElement(PdfBlockLevelElementTag.TableRow); break;
            case Tag.TH: builder.BeginElement(PdfBlockLevelElementTag.TableHeaderCell); break;
            case Tag.TD: builder.BeginElement(PdfBlockLevelElementTag.TableDataCell); break;
            case Tag.Figure: builder.BeginElement(PdfIllustrationElementTag.Figure, node.Alt ?? "Figure", bounds); break;
            case Tag.BlockQuote: builder.BeginElement(PdfGroupingElementTag.BlockQuotation); break;
            case Tag.Div: builder.BeginElement(PdfGroupingElementTag.Division); break;
            case Tag.Toc: builder.BeginElement(PdfGroupingElementTag.TableOfContents); break;
            case Tag.Toci: builder.BeginElement(PdfGroupingElementTag.TableOfContentsItem); break;
            case Tag.Reference: builder.BeginElement(PdfInlineLevelElementTag.Reference); break;
            case Tag.Note: builder.BeginElement(PdfInlineLevelElementTag.Note); break;
            case Tag.Code: builder.BeginElement(PdfInlineLevelElementTag.Code); break;
            case Tag.Link: builder.BeginElement(PdfInlineLevelElementTag.Link); break;
            case Tag.Span: builder.BeginElement(PdfInlineLevelElementTag.Span); break;
        }
        var element = builder.CurrentStructureElement;
        if (node.Scope is { } scope) element.TableAttributes.Elements.SetName("/Scope", "/" + scope);
        if (node.Numbering is { } numbering) element.Elements["/A"] = Attributes("/List", "/ListNumbering", numbering);
        if (node.ActualText is { } actual) element.Elements.SetString("/ActualText", actual);
        if (node.Lang is { } lang) element.Elements.SetString("/Lang", lang);
    }

    private static PdfDictionary Attributes(string owner, string key, string value)
    {
        var attributes = new PdfDictionary();
        attributes.Elements.SetName("/O", owner);
        attributes.Elements.SetName(key, "/" + value);
        return attributes;
    }
}
