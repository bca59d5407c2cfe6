using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Tokens;

namespace Briefings.Typesetting.Tests;

/// <summary>
/// A rendered PDF read back in process with PdfPig: text with positions, the outline, annotations,
/// and a short walk over the raw structure tree (PdfPig has no structure-tree API of its own).
/// </summary>
internal sealed class PdfReadBack : IDisposable
{
    public PdfDocument Document { get; }

    public PdfReadBack(byte[] pdf) => Document = PdfDocument.Open(pdf);

    public void Dispose() => Document.Dispose();

    /// <summary>A structure element: its type, attributes dictionary and kids, resolved.</summary>
    public sealed record Element(string Type, DictionaryToken Dictionary, IReadOnlyList<Element> Children, IReadOnlyList<(int? Page, int Mcid)> Marks, int Annotations);

    public Element StructureTree()
    {
        var root = Resolve<DictionaryToken>(Document.Structure.Catalog.CatalogDictionary.Data["StructTreeRoot"]);
        return Read(root, null);
    }

    public T Resolve<T>(IToken token) where T : class, IToken =>
        token is IndirectReferenceToken reference ? (T)Document.Structure.GetObject(reference.Data).Data : (T)token;

    private Element Read(DictionaryToken element, int? page)
    {
        var type = element.TryGet(NameToken.S, out NameToken s) ? s.Data : "StructTreeRoot";
        if (element.Data.TryGetValue("Pg", out var pg) && pg is IndirectReferenceToken pageRef) page = PageNumber(pageRef);
        var children = new List<Element>();
        var marks = new List<(int?, int)>();
        int annotations = 0;
        if (element.Data.TryGetValue("K", out var k))
        {
            IEnumerable<IToken> kids = k is ArrayToken array ? array.Data : [k];
            foreach (var kid in kids)
            {
                if (kid is NumericToken mcid) { marks.Add((page, mcid.Int)); continue; }
                var dictionary = Resolve<DictionaryToken>(kid);
                var kind = dictionary.TryGet(NameToken.Type, out NameToken t) ? t.Data : "StructElem";
                if (kind == "MCR")
                    marks.Add((dictionary.Data["Pg"] is IndirectReferenceToken r ? PageNumber(r) : page, ((NumericToken)dictionary.Data["MCID"]).Int));
                else if (kind == "OBJR") annotations++;
                else children.Add(Read(dictionary, page));
            }
        }
        return new Element(type, element, children, marks, annotations);
    }

    private int PageNumber(IndirectReferenceToken reference) => PageReferences().IndexOf(reference.Data) + 1;

    private List<IndirectReference>? _pages;

    /// <summary>The page objects in order, from the catalog's page tree.</summary>
    private List<IndirectReference> PageReferences()
    {
        if (_pages is not null) return _pages;
        _pages = [];
        void Walk(IToken node)
        {
            var dictionary = Resolve<DictionaryToken>(node);
            if (dictionary.TryGet(NameToken.Type, out NameToken type) && type.Data == "Page") { _pages.Add(((IndirectReferenceToken)node).Data); return; }
            foreach (var kid in ((ArrayToken)Resolve<ArrayToken>(dictionary.Data["Kids"])).Data) Walk(kid);
        }
        Walk(Document.Structure.Catalog.CatalogDictionary.Data["Pages"]);
        return _pages;
    }

    public static IEnumerable<Element> All(Element root) => new[] { root }.Concat(root.Children.SelectMany(All));
}
