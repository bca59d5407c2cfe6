using PdfSharp.Pdf;

namespace Briefings.Typesetting.Pdf;

/// <summary>
/// A link over a run of text: to a web address, or to a place in the document (a page and a height,
/// known once every page exists). Numbered, undated, printable (as PDF/A asks of every annotation) and
/// borderless: a link shows by its colour, as on the web. <see cref="Description"/> is what a reader announces.
/// </summary>
internal sealed class LinkAnnotation(PdfRectangle rect, string description, int number, string? uri) : OwnObject
{
    public string Description { get; } = description;

    /// <summary>An internal link's target: a page and the top of the view there (PDF space).</summary>
    public (PageObject Page, double Top)? Destination { get; set; }

    /// <summary>This annotation's key in the structure tree's parent tree, when a Link element owns it.</summary>
    public int? StructParent { get; set; }

    public override void Reach(Action<object> number)
    {
        if (Destination is { } destination) number(destination.Page);
    }

    public override void Write(IPdfSyntax pdf)
    {
        pdf.Raw("<<");
        pdf.Name("/Type"); pdf.Name("/Annot");
        pdf.Name("/Subtype"); pdf.Name("/Link");
        pdf.Name("/Rect"); pdf.Rectangle(rect);
        pdf.Name("/Contents"); pdf.Text(Description);
        pdf.Name("/NM"); pdf.Text("link-" + number.ToString(System.Globalization.CultureInfo.InvariantCulture));
        pdf.Name("/F"); pdf.Raw(" 4");
        pdf.Name("/Border"); pdf.Raw("[0 0 0]");
        if (uri is not null)
        {
            pdf.Name("/A"); pdf.Raw("<<");
            pdf.Name("/S"); pdf.Name("/URI");
            pdf.Name("/URI"); pdf.Text(uri);
            pdf.Raw(">>");
        }
        else if (Destination is { } destination)
        {
            pdf.Name("/Dest");
            pdf.Destination(destination.Page, destination.Top);
        }
        if (StructParent is { } key) { pdf.Name("/StructParent"); pdf.Raw(" "); pdf.Integer(key); }
        pdf.Raw(">>");
    }
}
