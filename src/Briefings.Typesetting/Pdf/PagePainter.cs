using Briefings.Typesetting.Layout;
using Briefings.Typesetting.Text;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Briefings.Typesetting.Pdf;

/// <summary>
/// One page's content stream, mark by mark: furniture and decoration as artifacts, everything else in
/// marked content tied to its structure element (<see cref="TagTree"/>), links as annotations over
/// their words. A new painter a page; the operator buffer is the document's.
/// </summary>
internal sealed class PagePainter(PagePlan plan, PageObject page, PageContent content, TagTree tags, EmbeddedResources resources, DocumentLinks links)
{
    private readonly Dictionary<FontFace, PaintedFace> _faces = new();
    private (FontFace Face, PaintedFace Painted)? _lastFace;
    private StructNode? _marking; // the node whose marked content is open

    /// <summary>Paints the page and returns its content, deflated.</summary>
    public byte[] Paint(PlannedPage planned)
    {
        // Indexed loops: a foreach over a box's IReadOnlyList would box an enumerator for every line.
        foreach (var placed in planned.Furniture)
            for (int k = 0; k < placed.Box.Inks.Count; k++)
            {
                if (placed.Box.Inks[k] is WordsInk words) foreach (var word in words.Words) Text(new TextPiece(words, word), null, placed);
                else Artifact(placed.Box.Inks[k], placed);
            }

        foreach (var placed in planned.Body)
        {
            for (int k = 0; k < placed.Box.Inks.Count; k++)
            {
                var ink = placed.Box.Inks[k];
                if (ink is WordsInk words) foreach (var word in words.Words) Text(new TextPiece(words, word), ink.Path, placed);
                else if (ink is TextInk text) Text(new TextPiece(text), ink.Path, placed);
                // Decoration (backgrounds, rules, leaders, a repeated header row) is an artifact, never content.
                else if (ink.Path is not { Length: > 0 } path) Artifact(ink, placed);
                else
                {
                    Mark(path, placed);
                    Draw(ink, placed.X, placed.Y);
                }
            }
        }
        EndMarked();
        return PdfFileWriter.Deflate(content.ToBytes());
    }

    /// <summary>A piece of text: a TextInk, or one word of a WordsInk, painted and linked exactly as a TextInk of its own would be.</summary>
    private void Text(TextPiece text, StructNode[]? path, PlacedBox placed)
    {
        if (path is not { Length: > 0 })
        {
            EndMarked();
            content.BeginArtifact();
            DrawText(text, placed.X, placed.Y);
            content.EndMarked();
            return;
        }
        if (text is { Link: { } target, Width: > 0 })
        {
            var rect = new XRect(placed.X + text.X, placed.Y + text.Baseline - text.Size * 0.85, text.Width, text.Size * 1.15);
            if (links.Over(rect, target) is { } annotation)
            {
                page.Links.Add(annotation);
                if (path is [.., { Tag: Tag.Link }]) tags.Own(path, annotation, page);
            }
        }
        Mark(path, placed);
        DrawText(text, placed.X, placed.Y);
    }

    private void Artifact(Ink ink, PlacedBox placed)
    {
        EndMarked();
        content.BeginArtifact();
        Draw(ink, placed.X, placed.Y);
        content.EndMarked();
    }

    /// <summary>Opens marked content for the path's innermost node, unless it is open already.</summary>
    private void Mark(StructNode[] path, PlacedBox placed)
    {
        if (ReferenceEquals(_marking, path[^1])) return;
        EndMarked();
        int mcid = tags.Mark(path, page, Array.Exists(path, node => node.Tag == Tag.Figure) ? FigureBox(placed) : null);
        content.BeginMarked(TagTree.TypeOf(path[^1].Tag), mcid);
        _marking = path[^1];
    }

    private void EndMarked()
    {
        if (_marking is null) return;
        content.EndMarked();
        _marking = null;
    }

    /// <summary>A figure's bounding box in PDF space (y up from the page foot): its image, or the text box's width.</summary>
    private PdfRectangle FigureBox(PlacedBox placed)
    {
        var image = placed.Box.Inks.OfType<ImageInk>().FirstOrDefault();
        var (x, y, w, h) = image is not null
            ? (placed.X + image.X, placed.Y + image.Y, image.Width, image.Height)
            : (placed.X, placed.Y, plan.TextBox.Right - placed.X, placed.Box.Height);
        return new PdfRectangle(new XPoint(x, plan.PageHeight - y - h), new XPoint(x + w, plan.PageHeight - y));
    }

    private void Draw(Ink ink, float dx, float dy)
    {
        switch (ink)
        {
            case TextInk t:
                DrawText(new TextPiece(t), dx, dy);
                break;
            case LineInk l:
                content.Line(dx + l.X1, dy + l.Y1, dx + l.X2, dy + l.Y2, l.Thickness, l.Color, l.Dashed);
                break;
            case RectInk r when r.Width > 0 && r.Height > 0:
                content.Rectangle(dx + r.X, dy + r.Y, r.Width, r.Height, r.Fill, r.Stroke, r.StrokeWidth, r.Dashed);
                break;
            case EllipseInk e:
                content.Ellipse(dx + e.X, dy + e.Y, e.Width, e.Height, e.Fill, e.Stroke, e.StrokeWidth);
                break;
            case PolygonInk p:
                var points = new float[p.Points.Length];
                for (int k = 0; k < points.Length; k++) points[k] = p.Points[k] + (k % 2 == 0 ? dx : dy);
                content.Polygon(points, p.Fill, p.Stroke, p.StrokeWidth);
                break;
            case ImageInk i:
                content.Image(page.ImageName(i.Image), dx + i.X, dy + i.Y, i.Width, i.Height);
                break;
        }
    }

    private void DrawText(TextPiece t, float dx, float dy)
    {
        if (t.Text.Length == 0) return;
        var face = Face(t.Face);
        Span<ushort> glyphs = t.Text.Length <= 256 ? stackalloc ushort[t.Text.Length] : new ushort[t.Text.Length];
        for (int i = 0; i < t.Text.Length; i++) glyphs[i] = face.Metrics.Glyph(t.Text[i]);
        face.Characters.Add(t.Text);
        content.Text(face.Resource, t.Size, t.Color, dx + t.X, dy + t.Baseline, glyphs, face.Slanted);
    }

    /// <summary>Consecutive words share a face: resolved once a run, not once a word.</summary>
    private PaintedFace Face(FontFace face)
    {
        if (_lastFace is { } hit && hit.Face == face) return hit.Painted;
        if (!_faces.TryGetValue(face, out var painted))
            _faces[face] = painted = new PaintedFace(page.FontName(face), FontLibrary.Bundled.Metrics(face), FontLibrary.Bundled.SimulatesItalic(face), resources.Characters(face));
        _lastFace = (face, painted);
        return painted;
    }

    /// <summary>
    /// A face as a page paints it: the page's name for its font resource, its glyphs, whether it is slanted
    /// (an italic the bundle lacks), and the characters it has printed, which its embedded subset will hold.
    /// </summary>
    private sealed record PaintedFace(string Resource, FontMetrics Metrics, bool Slanted, CharacterSet Characters);

    /// <summary>What painting needs of one piece of text, read from a TextInk or from one word of a WordsInk without a record a word.</summary>
    private readonly record struct TextPiece(float X, float Baseline, string Text, FontFace Face, float Size, Rgb Color, float Width, string? Link)
    {
        public TextPiece(TextInk t) : this(t.X, t.Baseline, t.Text, t.Face, t.Size, t.Color, t.Width, t.Link) { }
        public TextPiece(WordsInk words, Word word) : this(word.X, words.Baseline, word.Text, words.Face, words.Size, words.Color, word.Width, words.Link) { }
    }
}
