namespace Briefings.Typesetting.Pdf;

/// <summary>The document's pages, in order: one flat page tree node, written in the catalog's place for it.</summary>
internal sealed class PageTree : OwnObject
{
    public List<PageObject> Pages { get; } = [];

    public override void Reach(Action<object> number)
    {
        foreach (var page in Pages) number(page);
    }

    public override void Write(IPdfSyntax pdf)
    {
        pdf.Raw("<<");
        pdf.Name("/Type"); pdf.Name("/Pages");
        pdf.Name("/Kids"); pdf.Raw("[");
        foreach (var page in Pages) pdf.Reference(page);
        pdf.Raw("]");
        pdf.Name("/Count"); pdf.Raw(" "); pdf.Integer(Pages.Count);
        pdf.Raw(">>");
    }
}
