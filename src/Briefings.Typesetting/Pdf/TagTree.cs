using Briefings.Typesetting.Layout;
using PdfSharp.Pdf;

namespace Briefings.Typesetting.Pdf;

/// <summary>
/// The document's logical structure (PDF/UA), built from the layout's structure nodes and independent
/// of pages: one element per node, whichever pages its marks land on; marked content on each page
/// points back to its element through the parent tree; each link annotation belongs to its Link
/// element; a note reads right after the block that cites it. The tree writes itself
/// (<see cref="OwnObject"/>): only its root has a place in PDFsharp's catalog.
/// </summary>
internal sealed class TagTree
{
    private sealed class Element(string type, Element? parent, StructNode? node) : OwnObject
    {
        public string Type { get; } = type;
        public Element? Parent { get; set; } = parent;
        /// <summary>The tree's root, which the top element (the only one without a parent) names as its own parent.</summary>
        public OwnObject? Root { get; set; }
        public StructNode? Node { get; } = node;
        public List<object> Kids { get; } = [];
        /// <summary>A figure's bounding box in PDF space, for its layout attributes.</summary>
        public PdfRectangle? Box { get; init; }
        /// <summary>What a reader announces: a figure's alt text, a link's description of its target.</summary>
        public string? Alt { get; set; }

        /// <summary>The page of its first mark: marks there are plain MCIDs; marks elsewhere name their page.</summary>
        private PageObject? Home
        {
            get
            {
                foreach (var kid in Kids) if (kid is MarkedContent mark) return mark.Page;
                return null;
            }
        }

        public override void Reach(Action<object> number)
        {
            number((object?)Parent ?? Root!);
            var home = Home;
            if (home is not null) number(home);
            foreach (var kid in Kids)
            {
                switch (kid)
                {
                    case Element child: number(child); break;
                    case MarkedContent mark when mark.Page != home: number(mark.Page); break;
                    case Annotation annotation: number(annotation.Page); number(annotation.Link); break;
                }
            }
        }

        public override void Write(IPdfSyntax pdf)
        {
            // Fixed names go out as they are (Name() looks each up to escape it): a long document has tens of thousands of elements.
            pdf.Raw("<</Type/StructElem/S");
            pdf.Name(Type);
            pdf.Raw("/P");
            pdf.Reference((object?)Parent ?? Root!);
            if (Node?.Id is { } id) { pdf.Name("/ID"); pdf.Text(id); }
            if (Node?.ActualText is { } actual) { pdf.Name("/ActualText"); pdf.Text(actual); }
            if (Node?.Lang is { } lang) { pdf.Name("/Lang"); pdf.Text(lang); }
            if (Alt is { } alt) { pdf.Name("/Alt"); pdf.Text(alt); }
            WriteAttributes(pdf);
            var home = Home;
            if (home is not null) { pdf.Raw("/Pg"); pdf.Reference(home); }
            pdf.Raw("/K[");
            foreach (var kid in Kids)
            {
                switch (kid)
                {
                    case Element child: pdf.Reference(child); break;
                    case MarkedContent mark when mark.Page == home: pdf.Raw(" "); pdf.Integer(mark.Mcid); break;
                    // A kid on a page other than the element's own, or an object: /MCR or /OBJR with its /Pg.
                    case MarkedContent mark:
                        pdf.Raw("<</Type/MCR/Pg"); pdf.Reference(mark.Page);
                        pdf.Raw("/MCID "); pdf.Integer(mark.Mcid); pdf.Raw(">>");
                        break;
                    case Annotation annotation:
                        pdf.Raw("<</Type/OBJR/Pg"); pdf.Reference(annotation.Page);
                        pdf.Raw("/Obj"); pdf.Reference(annotation.Link); pdf.Raw(">>");
                        break;
                }
            }
            pdf.Raw("]>>");
        }

        /// <summary>A header cell's scope, a list's numbering, a figure's box: what a reader needs beyond the type.</summary>
        private void WriteAttributes(IPdfSyntax pdf)
        {
            if (Node is null) return;
            void Owner(string owner) { pdf.Name("/A"); pdf.Raw("<<"); pdf.Name("/O"); pdf.Name(owner); }
            if (Node.Scope is { } scope) { Owner("/Table"); pdf.Name("/Scope"); pdf.Name(scope); }
            else if (Node.Numbering is { } numbering) { Owner("/List"); pdf.Name("/ListNumbering"); pdf.Name(numbering); }
            else if (Node.Tag == Tag.Figure) { Owner("/Layout"); pdf.Name("/BBox"); pdf.Rectangle(Box ?? new PdfRectangle()); }
            else return;
            pdf.Raw(">>");
        }
    }

    private sealed record MarkedContent(PageObject Page, int Mcid);

    private sealed record Annotation(LinkAnnotation Link, PageObject Page);

    private readonly Element _document = new("Document", null, null);
    private readonly Dictionary<StructNode, Element> _elements = new(ReferenceEqualityComparer.Instance);
    private readonly List<(PageObject Page, List<Element> ByMcid)> _pages = [];
    private readonly List<(LinkAnnotation Link, Element Owner)> _annotations = [];

    // Named once: an enum's ToString() is a new string on every mark.
    private static readonly string[] TypeNames = Enum.GetValues<Tag>().Select(tag => tag switch
    {
        Tag.Toc => "TOC",
        Tag.Toci => "TOCI",
        _ => tag.ToString(),
    }).ToArray();

    /// <summary>The structure type a node's marked content and element carry.</summary>
    public static string TypeOf(Tag tag) => TypeNames[(int)tag];

    /// <summary>
    /// Starts a page's marked content for the path's innermost node and returns its MCID, creating the
    /// path's elements the first time they are met. <paramref name="figureBox"/> is the marks' bounding box
    /// (in PDF space) when the path holds a Figure; its element keeps the box of its first marks.
    /// </summary>
    public int Mark(StructNode[] path, PageObject page, PdfRectangle? figureBox)
    {
        var element = ElementFor(path, figureBox);
        if (_pages.Count == 0 || _pages[^1].Page != page) _pages.Add((page, []));
        var byMcid = _pages[^1].ByMcid;
        element.Kids.Add(new MarkedContent(page, byMcid.Count));
        byMcid.Add(element);
        return byMcid.Count - 1;
    }

    /// <summary>A link annotation, owned by the Link element at the end of its path.</summary>
    public void Own(StructNode[] path, LinkAnnotation link, PageObject page)
    {
        var owner = ElementFor(path, figureBox: null);
        owner.Alt ??= link.Description;
        owner.Kids.Add(new Annotation(link, page));
        _annotations.Add((link, owner));
    }

    private Element ElementFor(StructNode[] path, PdfRectangle? figureBox)
    {
        var parent = _document;
        foreach (var node in path)
        {
            if (!_elements.TryGetValue(node, out var element))
            {
                _elements[node] = element = new Element(TypeOf(node.Tag), parent, node)
                {
                    Box = node.Tag == Tag.Figure ? figureBox : null,
                    Alt = node.Tag == Tag.Figure ? node.Alt ?? "Figure" : null,
                };
                parent.Kids.Add(element);
            }
            parent = element;
        }
        return parent;
    }

    /// <summary>
    /// Ties the tree into the document: the root (written by us, in the catalog's place for it), the parent
    /// tree, IDs, and the page and annotation keys that point into the parent tree.
    /// </summary>
    /// <returns>The catalog's placeholder and the root written in its place, for <see cref="PdfFileWriter"/>.</returns>
    public (PdfObject Placeholder, OwnObject Root) WriteTo(PdfDocument document)
    {
        PlaceNotes();
        var parentTree = new List<(int Key, object Owners)>();
        int key = 0;
        foreach (var (page, byMcid) in _pages)
        {
            page.StructParents = key;
            parentTree.Add((key++, byMcid));
        }
        foreach (var (link, owner) in _annotations)
        {
            link.StructParent = key;
            parentTree.Add((key++, owner));
        }
        var named = _elements.Values.Where(e => e.Node?.Id is not null).OrderBy(e => e.Node!.Id, StringComparer.Ordinal).ToList();
        var root = new Root(_document, parentTree, key, named);
        _document.Root = root;

        var markInfo = new PdfDictionary(document);
        markInfo.Elements.SetBoolean("/Marked", true);
        document.Internals.Catalog.Elements["/MarkInfo"] = markInfo;
        var placeholder = new PdfDictionary(document);
        document.Internals.AddObject(placeholder);
        document.Internals.Catalog.Elements.SetReference("/StructTreeRoot", placeholder);
        return (placeholder, root);
    }

    /// <summary>
    /// The structure tree root: its top element, the parent tree (for each page, the element of each MCID
    /// in order; for each annotation, its Link element) and the ID tree of elements with an ID.
    /// </summary>
    private sealed class Root(Element top, List<(int Key, object Owners)> parentTree, int nextKey, List<Element> named) : OwnObject
    {
        public override void Reach(Action<object> number)
        {
            number(top);
            foreach (var (_, owners) in parentTree)
            {
                if (owners is List<Element> byMcid) foreach (var element in byMcid) number(element);
                else number(owners);
            }
            foreach (var element in named) number(element);
        }

        public override void Write(IPdfSyntax pdf)
        {
            pdf.Raw("<<");
            pdf.Name("/Type"); pdf.Name("/StructTreeRoot");
            pdf.Name("/K"); pdf.Reference(top);
            pdf.Name("/ParentTree"); pdf.Raw("<<"); pdf.Name("/Nums"); pdf.Raw("[");
            foreach (var (key, owners) in parentTree)
            {
                pdf.Raw(" "); pdf.Integer(key);
                if (owners is List<Element> byMcid)
                {
                    pdf.Raw("[");
                    foreach (var element in byMcid) pdf.Reference(element);
                    pdf.Raw("]");
                }
                else pdf.Reference(owners);
            }
            pdf.Raw("]>>");
            pdf.Name("/ParentTreeNextKey"); pdf.Raw(" "); pdf.Integer(nextKey);
            if (named.Count > 0)
            {
                pdf.Name("/IDTree"); pdf.Raw("<<"); pdf.Name("/Names"); pdf.Raw("[");
                foreach (var element in named) { pdf.Text(element.Node!.Id!); pdf.Reference(element); }
                pdf.Raw("]>>");
            }
            pdf.Raw(">>");
        }
    }

    /// <summary>Each footnote's Note moves to just after the block whose link cites it, where a reader needs it.</summary>
    private void PlaceNotes()
    {
        var citing = new Dictionary<string, Element>(StringComparer.Ordinal);
        foreach (var element in _elements.Values)
            if (element.Node is { Tag: Tag.Link, Alt: { } target } && target.StartsWith('#') && element.Parent is { } block)
                citing.TryAdd(target[1..], block);
        var moves = new List<(Element Note, Element Block)>();
        foreach (var note in _elements.Values.Where(e => e.Node is { Tag: Tag.Note, Id: not null }))
            if (citing.TryGetValue(note.Node!.Id!, out var block) && block.Parent is not null && note.Parent is not null)
                moves.Add((note, block));
        if (moves.Count == 0) return;
        // All at once, each kid list rebuilt once: moving notes one by one searched the document's whole
        // list of blocks for each note, quadratic in a long document. The latest note lands nearest its block.
        var moving = moves.Select(m => m.Note).ToHashSet();
        foreach (var old in moves.Select(m => m.Note.Parent!).Distinct())
            old.Kids.RemoveAll(kid => kid is Element e && moving.Contains(e));
        var after = moves.ToLookup(m => m.Block, m => m.Note);
        foreach (var container in moves.Select(m => m.Block.Parent!).Distinct().ToList())
        {
            var kids = container.Kids.ToList();
            container.Kids.Clear();
            foreach (var kid in kids)
            {
                container.Kids.Add(kid);
                if (kid is not Element block || !after.Contains(block)) continue;
                foreach (var note in after[block].Reverse())
                {
                    container.Kids.Add(note);
                    note.Parent = container;
                }
            }
        }
    }
}
