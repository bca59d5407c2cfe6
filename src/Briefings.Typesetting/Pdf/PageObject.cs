using Briefings.Typesetting.Text;
using PdfSharp.Pdf;

namespace Briefings.Typesetting.Pdf;

/// <summary>
/// A page, written by us rather than as a PDFsharp page: a long document has thousands, and PDFsharp's
/// dictionaries cost more to build, prepare and walk than the few keys a page needs. Its fonts and
/// images are PDFsharp's objects (their subsets and encodings are its work), made once every page is
/// painted: a page names them by face and by image while it is painted; its content is ours.
/// </summary>
internal sealed class PageObject(PageTree parent, EmbeddedResources resources, float width, float height) : OwnObject
{
    private readonly List<(string Name, FontFace Face)> _fonts = [];
    private readonly List<(string Name, byte[] Image)> _images = [];
    // The content stream is an object of its own; its number is taken from the page, which is its only referrer.
    private readonly ContentStream _stream = new();

    /// <summary>The page's content operators, deflated.</summary>
    public byte[] Content
    {
        get => _stream.Bytes;
        set => _stream.Bytes = value;
    }

    /// <summary>Link annotations, in reading order.</summary>
    public List<LinkAnnotation> Links { get; } = [];

    /// <summary>This page's key in the structure tree's parent tree, when it has marked content.</summary>
    public int? StructParents { get; set; }

    /// <summary>The name this page's content uses for a face's font, given the first time the face is used here.</summary>
    public string FontName(FontFace face)
    {
        foreach (var (name, known) in _fonts) if (known == face) return name;
        return Named(_fonts, face, "/F");
    }

    /// <summary>The name this page's content uses for an image.</summary>
    public string ImageName(byte[] image)
    {
        foreach (var (name, known) in _images) if (ReferenceEquals(known, image)) return name;
        resources.Use(image);
        return Named(_images, image, "/I");
    }

    private static string Named<T>(List<(string Name, T Resource)> named, T resource, string prefix)
    {
        var given = prefix + named.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        named.Add((given, resource));
        return given;
    }

    public override void Reach(Action<object> number)
    {
        number(parent);
        number(_stream);
        foreach (var (_, face) in _fonts) number(resources.Font(face));
        foreach (var (_, image) in _images) number(resources.Image(image));
        foreach (var link in Links) number(link);
    }

    public override void Write(IPdfSyntax pdf)
    {
        pdf.Raw("<<");
        pdf.Name("/Type"); pdf.Name("/Page");
        pdf.Name("/Parent"); pdf.Reference(parent);
        pdf.Name("/MediaBox"); pdf.Rectangle(new PdfRectangle(new PdfSharp.Drawing.XPoint(0, 0), new PdfSharp.Drawing.XPoint(width, height)));
        pdf.Name("/Resources"); pdf.Raw("<<");
        Resources(pdf, "/Font", _fonts, resources.Font);
        Resources(pdf, "/XObject", _images, resources.Image);
        pdf.Raw(">>");
        pdf.Name("/Contents"); pdf.Reference(_stream);
        if (Links.Count > 0)
        {
            pdf.Name("/Annots"); pdf.Raw("[");
            foreach (var link in Links) pdf.Reference(link);
            pdf.Raw("]");
            pdf.Name("/Tabs"); pdf.Name("/S"); // tab through links in structure order
        }
        if (StructParents is { } key) { pdf.Name("/StructParents"); pdf.Raw(" "); pdf.Integer(key); }
        pdf.Raw(">>");
    }

    private static void Resources<T>(IPdfSyntax pdf, string kind, List<(string Name, T Key)> named, Func<T, PdfObject> resolve)
    {
        if (named.Count == 0) return;
        pdf.Name(kind); pdf.Raw("<<");
        foreach (var (name, key) in named) { pdf.Name(name); pdf.Reference(resolve(key)); }
        pdf.Raw(">>");
    }

    private sealed class ContentStream : OwnObject
    {
        public byte[] Bytes { get; set; } = [];

        public override void Reach(Action<object> number) { }

        public override void Write(IPdfSyntax pdf) => pdf.Stream("/Filter/FlateDecode", Bytes);
    }
}
