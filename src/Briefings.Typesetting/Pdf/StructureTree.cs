using Briefings.Typesetting.Layout;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;
using PdfSharp.Pdf.Structure;

namespace Briefings.Typesetting.Pdf;

/// <summary>
/// Finishes the structure tree PDFsharp's builder wrote page by page, through the object model:
/// one element per logical element whatever the pages, notes read after the block that cites them,
/// and the IDs PDF/UA asks of notes. The builder can only nest; the layout's nodes say what belongs together.
/// </summary>
internal static class StructureTree
{
    /// <summary>
    /// A node whose marks were interrupted (a paragraph broken by the page's footnotes, a table by a
    /// page break) was opened more than once; its later elements are folded into the first.
    /// </summary>
    public static void Merge(IReadOnlyDictionary<StructNode, List<PdfStructureElement>> elements, PdfStructureTreeRoot root)
    {
        var parentTree = root.Elements.GetDictionary("/ParentTree")?.Elements.GetArray("/Nums");
        foreach (var parts in elements.Values.Where(list => list.Count > 1))
        {
            var first = parts[0];
            var kids = Kids(first);
            var firstPage = first.Elements.GetReference("/Pg");
            foreach (var later in parts.Skip(1))
            {
                if (later.Elements.GetObject("/P") is PdfDictionary parent) Remove(Kids(parent), later);
                var page = later.Elements.GetReference("/Pg");
                foreach (var kid in Kids(later).Elements.ToList())
                {
                    if (kid is PdfInteger mcid && page is not null && page != firstPage)
                    {
                        // Marked content on another page than the element's own /Pg is named with its page.
                        var reference = new PdfDictionary();
                        reference.Elements.SetName("/Type", "/MCR");
                        reference.Elements.SetReference("/Pg", page.Value);
                        reference.Elements.SetInteger("/MCID", mcid.Value);
                        kids.Elements.Add(reference);
                    }
                    else
                    {
                        if (Resolve(kid) is PdfStructureElement child) child.Elements.SetReference("/P", first);
                        kids.Elements.Add(kid);
                    }
                }
                if (parentTree is not null) Repoint(parentTree, later, first);
            }
        }
    }

    /// <summary>Moves each footnote's Note to just after the block whose link cites it.</summary>
    public static void PlaceNotes(IReadOnlyDictionary<StructNode, List<PdfStructureElement>> elements)
    {
        var citing = new Dictionary<string, PdfStructureElement>(StringComparer.Ordinal);
        foreach (var (node, parts) in elements)
            if (node.Tag == Tag.Link && node.Alt is { } target && target.StartsWith('#'))
                citing.TryAdd(target[1..], parts[0]);

        foreach (var (node, parts) in elements.Where(e => e.Key.Tag == Tag.Note && e.Key.Id is not null))
        {
            if (!citing.TryGetValue(node.Id!, out var link) || link.Elements.GetObject("/P") is not PdfDictionary block) continue;
            if (block.Elements.GetObject("/P") is not PdfDictionary container) continue;
            var note = parts[0];
            if (note.Elements.GetObject("/P") is PdfDictionary oldParent) Remove(Kids(oldParent), note);
            var kids = Kids(container);
            int at = IndexOf(kids, block);
            kids.Elements.Insert(at < 0 ? kids.Elements.Count : at + 1, note.Reference!);
            note.Elements.SetReference("/P", container);
        }
    }

    /// <summary>Sets each element's /ID and lists them in the tree's /IDTree, sorted as a name tree must be.</summary>
    public static void AddIds(PdfDocument document, PdfStructureTreeRoot root, IReadOnlyDictionary<StructNode, List<PdfStructureElement>> elements)
    {
        var named = elements.Where(e => e.Key.Id is not null).OrderBy(e => e.Key.Id, StringComparer.Ordinal).ToList();
        if (named.Count == 0) return;
        var names = new PdfArray(document);
        foreach (var (node, parts) in named)
        {
            parts[0].Elements.SetString("/ID", node.Id!);
            names.Elements.Add(new PdfString(node.Id!));
            names.Elements.Add(parts[0].Reference!);
        }
        var tree = new PdfDictionary(document);
        tree.Elements["/Names"] = names;
        root.Elements["/IDTree"] = tree;
    }

    private static PdfArray Kids(PdfDictionary element)
    {
        if (element.Elements.GetArray("/K") is { } kids) return kids;
        kids = new PdfArray();
        if (element.Elements["/K"] is { } single) kids.Elements.Add(single);
        element.Elements["/K"] = kids;
        return kids;
    }

    private static PdfItem? Resolve(PdfItem item) => item is PdfReference reference ? reference.Value : item;

    private static int IndexOf(PdfArray kids, PdfDictionary element)
    {
        for (int i = 0; i < kids.Elements.Count; i++)
            if (ReferenceEquals(Resolve(kids.Elements[i]), element)) return i;
        return -1;
    }

    private static void Remove(PdfArray kids, PdfDictionary element)
    {
        int at = IndexOf(kids, element);
        if (at >= 0) kids.Elements.RemoveAt(at);
    }

    /// <summary>The parent tree maps each page's marked content back to its element; those of a folded element now map to the first.</summary>
    private static void Repoint(PdfArray nums, PdfStructureElement from, PdfStructureElement to)
    {
        for (int i = 1; i < nums.Elements.Count; i += 2)
        {
            if (Resolve(nums.Elements[i]) is PdfArray perPage)
            {
                for (int k = 0; k < perPage.Elements.Count; k++)
                    if (ReferenceEquals(Resolve(perPage.Elements[k]), from)) perPage.Elements[k] = to.Reference!;
            }
            else if (ReferenceEquals(Resolve(nums.Elements[i]), from)) nums.Elements[i] = to.Reference!;
        }
    }
}
