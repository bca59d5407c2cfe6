using Briefings.Typesetting.Layout;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Annotations;

namespace Briefings.Typesetting.Pdf;

/// <summary>
/// The document's logical structure (PDF/UA), built from the layout's structure nodes and independent
/// of pages: one element per node, whichever pages its marks land on; marked content on each page
/// points back to its element through the parent tree; each link annotation belongs to its Link
/// element; a note reads right after the block that cites it. Written through PDFsharp's object model.
/// </summary>
internal sealed class TagTree
{
    private sealed class Element(string type, Element? parent, StructNode? node)
    {
        public string Type { get; } = type;
        public Element? Parent { get; set; } = parent;
        public StructNode? Node { get; } = node;
        public List<object> Kids { get; } = [];
        public PdfDictionary? Attributes { get; set; }
        /// <summary>What a reader announces: a figure's alt text, a link's description of its target.</summary>
        public string? Alt { get; set; }
        public PdfDictionary Dictionary { get; } = new();
    }

    private sealed record MarkedContent(PdfPage Page, int Mcid);

    private sealed record Annotation(PdfAnnotation Link, PdfPage Page);

    private readonly Element _document = new("Document", null, null);
    private readonly Dictionary<StructNode, Element> _elements = new(ReferenceEqualityComparer.Instance);
    private readonly List<(PdfPage Page, List<Element> ByMcid)> _pages = [];
    private readonly List<(PdfAnnotation Link, Element Owner)> _annotations = [];

    /// <summary>The structure type a node's marked content and element carry.</summary>
    public static string TypeOf(Tag tag) => tag switch
    {
        Tag.Toc => "TOC",
        Tag.Toci => "TOCI",
        _ => tag.ToString(),
    };

    /// <summary>
    /// Starts a page's marked content for the path's innermost node and returns its MCID, creating the
    /// path's elements the first time they are met. <paramref name="figureBox"/> is asked for only when a
    /// Figure element is created (its bounding box, in PDF space).
    /// </summary>
    public int Mark(StructNode[] path, PdfPage page, Func<PdfRectangle> figureBox)
    {
        var element = ElementFor(path, figureBox);
        if (_pages.Count == 0 || _pages[^1].Page != page) _pages.Add((page, []));
        var byMcid = _pages[^1].ByMcid;
        element.Kids.Add(new MarkedContent(page, byMcid.Count));
        byMcid.Add(element);
        return byMcid.Count - 1;
    }

    /// <summary>A link annotation, owned by the Link element at the end of its path.</summary>
    public void Own(StructNode[] path, PdfAnnotation link, PdfPage page)
    {
        var owner = ElementFor(path, () => new PdfRectangle());
        owner.Alt ??= link.Contents;
        owner.Kids.Add(new Annotation(link, page));
        _annotations.Add((link, owner));
    }

    private Element ElementFor(StructNode[] path, Func<PdfRectangle> figureBox)
    {
        var parent = _document;
        foreach (var node in path)
        {
            if (!_elements.TryGetValue(node, out var element))
            {
                _elements[node] = element = new Element(TypeOf(node.Tag), parent, node)
                {
                    Attributes = Attributes(node, figureBox),
                    Alt = node.Tag == Tag.Figure ? node.Alt ?? "Figure" : null,
                };
                parent.Kids.Add(element);
            }
            parent = element;
        }
        return parent;
    }

    private static PdfDictionary? Attributes(StructNode node, Func<PdfRectangle> figureBox)
    {
        static PdfDictionary Owner(string owner)
        {
            var attributes = new PdfDictionary();
            attributes.Elements.SetName("/O", owner);
            return attributes;
        }
        if (node.Scope is { } scope) { var a = Owner("/Table"); a.Elements.SetName("/Scope", "/" + scope); return a; }
        if (node.Numbering is { } numbering) { var a = Owner("/List"); a.Elements.SetName("/ListNumbering", "/" + numbering); return a; }
        if (node.Tag == Tag.Figure) { var a = Owner("/Layout"); a.Elements["/BBox"] = figureBox(); return a; }
        return null;
    }

    /// <summary>Writes the tree into the document: the root, its elements, the parent tree, IDs, and the page and annotation keys.</summary>
    public void WriteTo(PdfDocument document)
    {
        PlaceNotes();
        var root = new PdfDictionary(document);
        document.Internals.AddObject(root);
        root.Elements.SetName("/Type", "/StructTreeRoot");
        Write(document, _document, root);
        root.Elements.SetReference("/K", _document.Dictionary);

        var nums = new PdfArray(document);
        int key = 0;
        foreach (var (page, byMcid) in _pages)
        {
            page.Elements.SetInteger("/StructParents", key);
            var owners = new PdfArray(document);
            foreach (var element in byMcid) owners.Elements.Add(element.Dictionary.Reference!);
            nums.Elements.Add(new PdfInteger(key++));
            nums.Elements.Add(owners);
        }
        foreach (var (link, owner) in _annotations)
        {
            link.Elements.SetInteger("/StructParent", key);
            nums.Elements.Add(new PdfInteger(key++));
            nums.Elements.Add(owner.Dictionary.Reference!);
        }
        var parentTree = new PdfDictionary(document);
        parentTree.Elements["/Nums"] = nums;
        root.Elements["/ParentTree"] = parentTree;
        root.Elements.SetInteger("/ParentTreeNextKey", key);

        var named = _elements.Values.Where(e => e.Node?.Id is not null).OrderBy(e => e.Node!.Id, StringComparer.Ordinal).ToList();
        if (named.Count > 0)
        {
            var names = new PdfArray(document);
            foreach (var element in named)
            {
                names.Elements.Add(new PdfString(element.Node!.Id!));
                names.Elements.Add(element.Dictionary.Reference!);
            }
            var idTree = new PdfDictionary(document);
            idTree.Elements["/Names"] = names;
            root.Elements["/IDTree"] = idTree;
        }

        var markInfo = new PdfDictionary(document);
        markInfo.Elements.SetBoolean("/Marked", true);
        document.Internals.Catalog.Elements["/MarkInfo"] = markInfo;
        document.Internals.Catalog.Elements.SetReference("/StructTreeRoot", root);
    }

    private static void Write(PdfDocument document, Element element, PdfDictionary parent)
    {
        var dictionary = element.Dictionary;
        document.Internals.AddObject(dictionary);
        dictionary.Elements.SetName("/Type", "/StructElem");
        dictionary.Elements.SetName("/S", "/" + element.Type);
        dictionary.Elements.SetReference("/P", parent);
        if (element.Node is { } node)
        {
            if (node.Id is { } id) dictionary.Elements.SetString("/ID", id);
            if (node.ActualText is { } actual) dictionary.Elements.SetString("/ActualText", actual);
            if (node.Lang is { } lang) dictionary.Elements.SetString("/Lang", lang);
        }
        if (element.Alt is { } alt) dictionary.Elements.SetString("/Alt", alt);
        if (element.Attributes is { } attributes) dictionary.Elements["/A"] = attributes;

        // Marks on the element's first page are plain MCIDs; marks elsewhere name their page.
        var home = element.Kids.OfType<MarkedContent>().FirstOrDefault()?.Page;
        if (home is not null) dictionary.Elements.SetReference("/Pg", home);
        var kids = new PdfArray(document);
        foreach (var kid in element.Kids)
        {
            switch (kid)
            {
                case Element child:
                    Write(document, child, dictionary);
                    kids.Elements.Add(child.Dictionary.Reference!);
                    break;
                case MarkedContent mark when mark.Page == home:
                    kids.Elements.Add(new PdfInteger(mark.Mcid));
                    break;
                case MarkedContent mark:
                    kids.Elements.Add(OnPage("/MCR", mark.Page, ("/MCID", new PdfInteger(mark.Mcid))));
                    break;
                case Annotation annotation:
                    kids.Elements.Add(OnPage("/OBJR", annotation.Page, ("/Obj", annotation.Link.Reference!)));
                    break;
            }
        }
        dictionary.Elements["/K"] = kids;
    }

    /// <summary>A kid that lies on a page other than its element's own, or is an object: /MCR or /OBJR with its /Pg.</summary>
    private static PdfDictionary OnPage(string type, PdfPage page, (string Key, PdfItem Value) content)
    {
        var kid = new PdfDictionary();
        kid.Elements.SetName("/Type", type);
        kid.Elements.SetReference("/Pg", page);
        kid.Elements[content.Key] = content.Value;
        return kid;
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
