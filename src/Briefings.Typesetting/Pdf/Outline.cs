namespace Briefings.Typesetting.Pdf;

/// <summary>
/// The bookmarks: one item per heading, nested by level, every item open, each going to its heading's
/// page and height. Written in the catalog's place for the outline.
/// </summary>
internal sealed class Outline : OwnObject
{
    public sealed class Item(OwnObject parent, string title, PageObject page, double top) : OwnObject
    {
        public List<Item> Kids { get; } = [];
        public Item? Previous { get; set; }
        public Item? Next { get; set; }

        public override void Reach(Action<object> number)
        {
            number(parent);
            if (Previous is not null) number(Previous);
            if (Next is not null) number(Next);
            foreach (var kid in Kids) number(kid);
            number(page);
        }

        public override void Write(IPdfSyntax pdf)
        {
            pdf.Raw("<<");
            pdf.Name("/Title"); pdf.Text(title);
            pdf.Name("/Parent"); pdf.Reference(parent);
            if (Previous is not null) { pdf.Name("/Prev"); pdf.Reference(Previous); }
            if (Next is not null) { pdf.Name("/Next"); pdf.Reference(Next); }
            WriteKids(pdf, Kids);
            pdf.Name("/Dest"); pdf.Destination(page, top);
            pdf.Raw(">>");
        }
    }

    public List<Item> Kids { get; } = [];

    /// <summary>Adds an item under a parent (this outline or an item), linked to its previous sibling.</summary>
    public Item Add(OwnObject parent, string title, PageObject page, double top)
    {
        var siblings = parent is Item item ? item.Kids : Kids;
        var added = new Item(parent, title, page, top);
        if (siblings.Count > 0) (siblings[^1].Next, added.Previous) = (added, siblings[^1]);
        siblings.Add(added);
        return added;
    }

    public override void Reach(Action<object> number)
    {
        foreach (var kid in Kids) number(kid);
    }

    public override void Write(IPdfSyntax pdf)
    {
        pdf.Raw("<<");
        WriteKids(pdf, Kids);
        pdf.Raw(">>");
    }

    /// <summary>First, last, and the count of open items below (all are open).</summary>
    private static void WriteKids(IPdfSyntax pdf, List<Item> kids)
    {
        if (kids.Count == 0) return;
        pdf.Name("/Count"); pdf.Raw(" "); pdf.Integer(Visible(kids));
        pdf.Name("/First"); pdf.Reference(kids[0]);
        pdf.Name("/Last"); pdf.Reference(kids[^1]);
    }

    private static int Visible(List<Item> kids) => kids.Count + kids.Sum(kid => Visible(kid.Kids));
}
