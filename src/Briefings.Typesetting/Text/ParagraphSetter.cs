using System.Buffers;
using System.Runtime.InteropServices;
using Briefings.Typesetting.Layout;
using Briefings.Typesetting.Model;

namespace Briefings.Typesetting.Text;

/// <summary>
/// Sets a run of styled spans into lines of a given width: builds Knuth–Plass boxes, glue and
/// penalties (with Liang hyphenation and emergency breaks for over-long words and URLs), breaks
/// optimally, and places each word.
/// </summary>
public sealed class ParagraphSetter(FontLibrary fonts, Hyphenator hyphenator, string language)
{
    // One paragraph's Knuth–Plass material at a time: the lists are reused, so a setter serves one layout (one thread).
    private readonly List<Item> _items = [];
    private readonly WordPool _pool = new();
    private readonly LineBreaker _breaker = new();
    private readonly List<char> _run = new(256);
    private readonly List<WordsInk> _marks = [];
    private readonly List<Word> _words = [];

    // The paragraph's styles, and for each the table of how its words break (shared by every paragraph in that face).
    private readonly List<TextStyle> _styles = [];
    private readonly List<WordShapes> _styleShapes = [];
    // A document's paragraphs come in few styles, and their spans resolve to few text styles: each is made once.
    private readonly Dictionary<ParagraphStyle, Dictionary<(SpanStyle, string?), TextStyle>> _resolved = [];
    // One Link element per linked style, however many runs and lines it is drawn in.
    private readonly List<StructNode?> _styleLinks = [];
    private readonly List<WordShapes> _shapes = [];

    // A word whose characters had to be dropped or replaced before it could be set.
    private char[] _piece = new char[64];

    private static readonly SearchValues<char> Spaces = SearchValues.Create(" \t\n\r");

    private const float HyphenCost = 50, RaggedHyphenCost = 400, UrlBreakCost = 150, EmergencyCost = 900;

    /// <summary>Characters the bundled fonts lack, reported once each by the caller.</summary>
    public delegate void MissingGlyph(char c);

    public IReadOnlyList<SetLine> Set(IReadOnlyList<Span> spans, ParagraphStyle style, float width, StructNode[] path, MissingGlyph? missing = null)
    {
        width = Math.Max(width, 1);
        var items = BuildItems(spans, style, width, missing);
        if (items.Count == 0) return [];
        bool justify = style.Align == TextAlign.Justify;
        // Ragged text breaks as if each line could stretch by a fixed amount, then sets spaces at their natural width.
        float extraStretch = justify ? 0 : 3 * style.Size;
        var breaks = _breaker.Break(CollectionsMarshal.AsSpan(items), width, extraStretch);
        return Lines(items, breaks, _styles, style, width, path);
    }

    private List<Item> BuildItems(IReadOnlyList<Span> spans, ParagraphStyle paragraph, float width, MissingGlyph? missing)
    {
        var items = _items;
        items.Clear();
        _styles.Clear();
        _styleShapes.Clear();
        _styleLinks.Clear();
        bool justify = paragraph.Align == TextAlign.Justify;
        if (!_resolved.TryGetValue(paragraph, out var resolved)) _resolved[paragraph] = resolved = [];

        for (int s = 0; s < spans.Count; s++) // not foreach: an interface's enumerator is an object per paragraph
        {
            var span = spans[s];
            int styleIndex = StyleIndex(span);
            if (span.Text == Span.LineBreak)
            {
                TrimTrailingGlue();
                items.Add(Item.Penalty(0, Item.Infinity, false));
                items.Add(Item.Glue(0, Item.Infinity, 0, styleIndex));
                items.Add(Item.Penalty(0, -Item.Infinity, false));
                continue;
            }
            var style = _styles[styleIndex];
            var metrics = _styleShapes[styleIndex].Metrics;
            var text = span.Text.AsSpan();
            while (true)
            {
                int end = text.IndexOfAny(Spaces);
                var word = end < 0 ? text : text[..end];
                // A word may go on in the next span; each piece of it breaks on its own, so that a quote
                // mark or a footnote marker beside a word does not stop the word from hyphenating.
                if (word.Length > 0) AddPiece(metrics.Prints(word) ? word : Printable(word, metrics), styleIndex);
                if (end < 0) break;
                if (items.Count > 0 && items[^1].Kind == ItemKind.Box)
                {
                    float space = metrics.Advance(' ', style.Size);
                    items.Add(justify ? Item.Glue(space, space * 0.5f, space * 0.28f, styleIndex) : Item.Glue(space, 0, 0, styleIndex));
                }
                text = text[(end + 1)..];
            }
        }
        TrimTrailingGlue();
        if (items.Count == 0) return items;
        items.Add(Item.Penalty(0, Item.Infinity, false));
        items.Add(Item.Glue(0, Item.Infinity, 0, 0));
        items.Add(Item.Penalty(0, -Item.Infinity, false));
        return items;

        int StyleIndex(Span span)
        {
            if (!resolved.TryGetValue((span.Style, span.Link), out var style)) resolved[(span.Style, span.Link)] = style = Resolve(span);
            return Add(style);
        }

        TextStyle Resolve(Span span)
        {
            var face = paragraph.Face;
            if (span.Style.HasFlag(SpanStyle.Code)) face = new FontFace(paragraph.MonoFamily);
            if (span.Style.HasFlag(SpanStyle.Bold)) face = face.WithBold();
            if (span.Style.HasFlag(SpanStyle.Italic)) face = face.WithItalic();
            float size = paragraph.Size * (span.Style.HasFlag(SpanStyle.Code) ? 0.9f : 1);
            float rise = 0;
            int footnote = 0;
            if (span.Style.HasFlag(SpanStyle.Superscript))
            {
                size = paragraph.Size * 0.62f;
                rise = paragraph.Size * 0.36f;
                if (span.Link is { } l && l.StartsWith("#fn-")) int.TryParse(l.AsSpan(4), out footnote);
            }
            var color = span.Link is not null && footnote == 0 ? paragraph.LinkColor : paragraph.Color;
            return new TextStyle(face, size, color, rise, span.Link, footnote);
        }

        int Add(TextStyle style)
        {
            int index = _styles.IndexOf(style);
            if (index >= 0) return index;
            _styles.Add(style);
            _styleShapes.Add(ShapesFor(style, paragraph));
            _styleLinks.Add(null);
            return _styles.Count - 1;
        }

        // The characters of a word that can be printed: controls are dropped, and what the font lacks
        // (a lone half of a surrogate pair counts once) is reported and printed as '?'.
        ReadOnlySpan<char> Printable(ReadOnlySpan<char> word, FontMetrics metrics)
        {
            if (_piece.Length < word.Length) _piece = new char[Math.Max(word.Length, 2 * _piece.Length)];
            int length = 0;
            foreach (var raw in word)
            {
                var c = raw;
                if (char.IsControl(c)) continue;
                if (char.IsSurrogate(c))
                {
                    if (!char.IsHighSurrogate(c)) continue;
                    missing?.Invoke(c);
                    c = '?';
                }
                else if (!metrics.Has(c))
                {
                    missing?.Invoke(c);
                    c = '?';
                }
                _piece[length++] = c;
            }
            return _piece.AsSpan(0, length);
        }

        void TrimTrailingGlue()
        {
            while (items.Count > 0 && items[^1].Kind == ItemKind.Glue) items.RemoveAt(items.Count - 1);
        }

        void AddPiece(ReadOnlySpan<char> piece, int styleIndex)
        {
            if (piece.Length == 0) return;
            var shape = _styleShapes[styleIndex].Of(piece);
            // A word in another script keeps its style but carries its own language tag.
            if (shape.Lang is { } lang) styleIndex = Add(_styles[styleIndex] with { Lang = lang });
            float size = _styles[styleIndex].Size;
            var metrics = _styleShapes[styleIndex].Metrics;
            foreach (var part in shape.Parts)
            {
                AddBox(part.Text, part.Em * size);
                // Ragged lines may simply end short, so a hyphen there must buy a lot to be worth it.
                switch (part.Break)
                {
                    case BreakAfter.Hyphenation: items.Add(Item.Penalty(metrics.Advance('-', size), justify ? HyphenCost : RaggedHyphenCost, true, styleIndex)); break;
                    case BreakAfter.ExplicitHyphen: items.Add(Item.Penalty(0, HyphenCost, true, styleIndex)); break;
                    case BreakAfter.UrlSeparator: items.Add(Item.Penalty(0, UrlBreakCost, false, styleIndex)); break;
                }
            }

            void AddBox(string part, float w)
            {
                if (w <= width || part.Length == 1) { items.Add(Item.Box(part, w, styleIndex)); return; }
                // Wider than the measure: allow a break between any two characters, at a high cost.
                for (int k = 0; k < part.Length; k++)
                {
                    if (k > 0) items.Add(Item.Penalty(0, EmergencyCost, false, styleIndex));
                    items.Add(Item.Box(part[k].ToString(), metrics.Advance(part[k], size), styleIndex));
                }
            }
        }
    }

    /// <summary>The table of word shapes for a style: one per face and way of breaking, kept for the whole layout.</summary>
    private WordShapes ShapesFor(TextStyle style, ParagraphStyle paragraph)
    {
        var metrics = fonts.Metrics(style.Face);
        bool code = style.Face.Family == paragraph.MonoFamily;
        bool breakAsUrl = style.Link is not null || code;
        var hyphenate = paragraph.Hyphenate && !breakAsUrl ? hyphenator : null;
        foreach (var shapes in _shapes)
            if (shapes.Matches(metrics, breakAsUrl, hyphenate)) return shapes;
        var added = new WordShapes(metrics, breakAsUrl, hyphenate, language, _pool);
        _shapes.Add(added);
        return added;
    }

    private List<SetLine> Lines(List<Item> itemList, int[] breaks, List<TextStyle> styles, ParagraphStyle paragraph, float width, StructNode[] path)
    {
        var lines = new List<SetLine>(breaks.Length);
        var items = CollectionsMarshal.AsSpan(itemList);
        var metrics = fonts.Metrics(paragraph.Face);
        float baseline = (paragraph.Leading - paragraph.Size * (metrics.Ascent + metrics.Descent)) / 2 + paragraph.Size * metrics.Ascent;
        // The mark being filled: consecutive runs of one style share it (see WordsInk).
        var words = _words;
        words.Clear();
        int markStyle = -1;
        bool markAlone = false;
        StructNode[] markPath = path;
        int start = 0;
        foreach (int end in breaks)
        {
            while (start < end && items[start].Kind != ItemKind.Box) start++;
            ref readonly var breakItem = ref items[end];
            bool hyphen = breakItem.Kind == ItemKind.Penalty && breakItem.Width > 0;
            float natural = 0, stretch = 0, shrink = 0;
            foreach (ref readonly var item in items[start..end])
            {
                if (item.Kind == ItemKind.Penalty) continue; // a penalty has width only where the line breaks
                natural += item.Width;
                if (item.Kind == ItemKind.Glue) { stretch += item.Stretch; shrink += item.Shrink; }
            }
            if (hyphen) natural += breakItem.Width;
            // Justified lines stretch to the measure (the last line only shrinks, never stretches);
            // any line that is too long shrinks, so that nothing crosses the margin.
            float ratio = 0;
            if (natural > width)
                ratio = shrink > 0 ? Math.Max(-1, (width - natural) / shrink) : 0;
            else if (paragraph.Align == TextAlign.Justify && stretch < Item.Infinity / 2)
                ratio = stretch > 0 ? (width - natural) / stretch : 0;
            float lineWidth = Math.Min(width, natural + (ratio > 0 ? ratio * stretch : ratio * shrink));
            float x = paragraph.Align switch
            {
                TextAlign.Center => Math.Max(0, (width - lineWidth) / 2),
                TextAlign.Right => Math.Max(0, width - lineWidth),
                _ => 0,
            };

            var marks = _marks;
            marks.Clear();
            List<int>? footnotes = null; // most lines cite none, and a long document keeps every line's list
            var run = _run;
            run.Clear();
            int runStyle = -1;
            float runX = x, runWidth = 0;
            for (int i = start; i < end; i++)
            {
                ref readonly var item = ref items[i];
                if (item.Kind == ItemKind.Penalty) continue;
                if (item.Kind == ItemKind.Glue)
                {
                    float w = item.Width + (ratio > 0 ? ratio * item.Stretch : ratio * item.Shrink);
                    // Natural-width spaces in one style can stay inside a run; stretched ones must be placed.
                    if (ratio == 0 && item.Style == runStyle && i + 1 < end && items[i + 1].Kind == ItemKind.Box && items[i + 1].Style == runStyle)
                    {
                        run.Add(' ');
                        runWidth += w;
                    }
                    else Flush(trailingSpace: item.Width > 0); // not the zero-width fill that ends a paragraph
                    x += w;
                    if (run.Count == 0) runX = x;
                    continue;
                }
                if (item.Style != runStyle) { Flush(); runStyle = item.Style; runX = x; }
                run.AddRange(item.Text.AsSpan());
                runWidth += item.Width;
                x += item.Width;
                if (styles[item.Style].Footnote is > 0 and var n && footnotes?.Contains(n) != true) (footnotes ??= []).Add(n);
            }
            if (hyphen && runStyle >= 0)
            {
                // The hyphen is drawn, not read: the run is a Span whose actual text leaves it out.
                var spoken = new string(CollectionsMarshal.AsSpan(run));
                run.Add('-'); runWidth += breakItem.Width; x += breakItem.Width;
                Flush(actualText: spoken);
            }
            else Flush(trailingSpace: breakItem.Kind == ItemKind.Glue);
            EndMark();
            lines.Add(new SetLine(paragraph.Leading, marks.ToArray(), (IReadOnlyList<int>?)footnotes ?? [], x));
            start = end + 1;

            // A word placed on its own still ends with a real space (drawn, not measured), so that text
            // extracted from the page or read from the structure tree keeps its word boundaries.
            void Flush(bool trailingSpace = false, string? actualText = null)
            {
                if (trailingSpace && run.Count > 0) run.Add(' ');
                if (run.Count > 0 && runStyle >= 0)
                {
                    var s = styles[runStyle];
                    // A language or spoken-text Span is made for each run, so such a run is a mark of its own.
                    bool alone = s.Lang is not null || actualText is not null;
                    if (markStyle != runStyle || markAlone || alone) EndMark();
                    if (words.Count == 0)
                    {
                        // Each run has its own annotation; the span's one Link element owns them all (PDF/UA).
                        markPath = path;
                        if (s.Link is not null)
                        {
                            markPath = StructNode.Extend(path, _styleLinks[runStyle] ??= new StructNode(Tag.Link, s.Link));
                        }
                        if (s.Lang is not null) markPath = StructNode.Extend(markPath, new StructNode(Tag.Span) { Lang = s.Lang });
                        if (actualText is not null) markPath = StructNode.Extend(markPath, new StructNode(Tag.Span) { ActualText = actualText });
                        markStyle = runStyle;
                        markAlone = alone;
                    }
                    words.Add(new Word(runX, _pool.Get(CollectionsMarshal.AsSpan(run)), runWidth));
                }
                run.Clear();
                runWidth = 0;
            }

            void EndMark()
            {
                if (words.Count == 0) return;
                var s = styles[markStyle];
                marks.Add(new WordsInk(baseline - s.Rise, s.Face, s.Size, s.Color, s.Link, markPath, words.ToArray()));
                words.Clear();
            }
        }
        return lines;
    }
}
