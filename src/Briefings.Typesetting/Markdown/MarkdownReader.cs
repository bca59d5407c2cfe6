using System.Text;
using Briefings.Typesetting.Charts;
using Briefings.Typesetting.Figures;
using Briefings.Typesetting.Model;
using Briefings.Typesetting.Words;
using Markdig;
using Markdig.Extensions.CustomContainers;
using Markdig.Extensions.Footnotes;
using Markdig.Extensions.SmartyPants;
using Markdig.Extensions.Tables;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Markdig.Renderers.Html;
using MdTable = Markdig.Extensions.Tables.Table;
using Block = Briefings.Typesetting.Model.Block;
using CodeBlock = Briefings.Typesetting.Model.CodeBlock;
using ListBlock = Briefings.Typesetting.Model.ListBlock;
using Figure = Briefings.Typesetting.Model.Figure;

namespace Briefings.Typesetting.Markdown;

/// <summary>
/// Markdown text → our typed document model. Markdig parses; this class only translates its AST,
/// checks what it can (containers, images, anchors, front matter) and reports with file:line.
/// </summary>
public sealed class MarkdownReader
{
    public static readonly IReadOnlySet<string> ContainerKinds = new HashSet<string> { "bluf", "note", "warning" };

    // One pipeline, built once: each extension adds one thing. Generic attributes must come last.
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseYamlFrontMatter()
        .UsePipeTables()
        .UseFootnotes()
        .UseCustomContainers()
        .UseAutoLinks()
        .UseSmartyPants()
        .UseAutoIdentifiers(Markdig.Extensions.AutoIdentifiers.AutoIdentifierOptions.GitHub)
        .UseGenericAttributes()
        .Build();

    private static readonly System.Text.RegularExpressions.Regex HeadingId = new(@"\s*\{#([A-Za-z][\w\-:.]*)\}\s*$");

    private readonly string _file;
    private readonly string _baseDirectory;
    private readonly List<Diagnostic> _diagnostics;
    private readonly Dictionary<Markdig.Extensions.Footnotes.Footnote, int> _footnoteNumbers = new();
    private readonly List<(string Anchor, int Line, int Column)> _internalLinks = new();
    private readonly List<string> _images = new();
    private readonly IReadOnlyDictionary<string, object> _figures;
    private readonly FigureRenderers _renderers;
    private DocumentWords _words = DocumentWords.BritishEnglish;

    private MarkdownReader(string file, string baseDirectory, List<Diagnostic> diagnostics, IReadOnlyDictionary<string, object> figures, FigureRenderers renderers)
    {
        _file = file;
        _baseDirectory = baseDirectory;
        _diagnostics = diagnostics;
        _figures = figures;
        _renderers = renderers;
    }

    public static Document Read(string markdown, string file, string baseDirectory, List<Diagnostic> diagnostics) =>
        Read(new RenderRequest(markdown, file) { BaseDirectory = baseDirectory }, FigureRenderers.None, diagnostics);

    /// <summary>A request's Markdown with its typed metadata and figures; the metadata, when given, stands for front matter.</summary>
    public static Document Read(RenderRequest request, FigureRenderers renderers, List<Diagnostic> diagnostics)
    {
        var reader = new MarkdownReader(request.SourceName, request.BaseDirectory, diagnostics, request.Figures, renderers);
        MarkdownDocument ast;
        try
        {
            ast = Markdig.Markdown.Parse(request.Markdown, Pipeline);
        }
        catch (ArgumentException)
        {
            // Markdig gives up on input nested past its own depth limit, without a position.
            diagnostics.Add(Diagnostic.Error(request.SourceName, MarkdownNesting.DeepestLine(request.Markdown), 1, "too-deep", MarkdownNesting.Message));
            return new Document(new DocumentMeta(), [], []);
        }
        if (MarkdownNesting.TooDeep(ast) is { } deep)
        {
            diagnostics.Add(Diagnostic.Error(request.SourceName, deep.Line + 1, deep.Column + 1, "too-deep", MarkdownNesting.Message));
            return new Document(new DocumentMeta(), [], []);
        }
        return reader.Translate(ast, request.Meta);
    }

    private Document Translate(MarkdownDocument ast, DocumentMeta? given)
    {
        var meta = given ?? new DocumentMeta();
        var front = ast.Descendants<YamlFrontMatterBlock>().FirstOrDefault();
        if (front is not null && given is null)
            meta = FrontMatterReader.Read(string.Join("\n", front.Lines.Lines.Take(front.Lines.Count).Select(l => l.ToString())),
                _file, front.Line + 2, _diagnostics);
        else if (front is not null)
            Warn(front, "front matter is ignored: this document's metadata was handed over with it");
        _words = DocumentWords.For(meta.Language);

        var blocks = Blocks(ast.Where(b => b is not YamlFrontMatterBlock and not FootnoteGroup));
        var footnotes = new List<Model.Footnote>();
        foreach (var group in ast.OfType<FootnoteGroup>())
            foreach (var note in group.OfType<Markdig.Extensions.Footnotes.Footnote>())
            {
                if (!_footnoteNumbers.TryGetValue(note, out var number))
                {
                    Warn(note, $"footnote [^{note.Label}] is never cited; cite it in the text or delete it");
                    continue;
                }
                var spans = new List<Span>();
                foreach (var paragraph in note.Descendants<ParagraphBlock>())
                {
                    if (spans.Count > 0) spans.Add(new Span(" "));
                    spans.AddRange(Inlines(paragraph.Inline));
                }
                footnotes.Add(new Model.Footnote(number, spans, note.Line + 1));
            }
        footnotes.Sort((a, b) => a.Number.CompareTo(b.Number));

        if (!meta.HasTitleBlock)
            meta = meta with { Title = blocks.SelectMany(AllHeadings).FirstOrDefault()?.PlainText is { Length: > 0 } first ? first : Path.GetFileNameWithoutExtension(_file) };
        var ids = blocks.SelectMany(AllHeadings).Select(h => h.Id).ToHashSet();
        foreach (var (anchor, line, column) in _internalLinks)
            if (!ids.Contains(anchor) && !anchor.StartsWith("fn-"))
                _diagnostics.Add(Diagnostic.Warning(_file, line, column, "dangling-link", $"link to #{anchor}, but no heading has that id"));
        return new Document(meta, blocks, footnotes) { Images = _images };
    }

    private static IEnumerable<Heading> AllHeadings(Block block) => block switch
    {
        Heading h => [h],
        Quote q => q.Content.SelectMany(AllHeadings),
        Callout c => c.Content.SelectMany(AllHeadings),
        ListBlock l => l.Items.SelectMany(i => i.SelectMany(AllHeadings)),
        _ => [],
    };

    private List<Block> Blocks(IEnumerable<Markdig.Syntax.Block> source)
    {
        var result = new List<Block>();
        foreach (var block in source)
        {
            var translated = Translate(block);
            if (translated is not null) result.Add(translated);
        }
        return result;
    }

    private Block? Translate(Markdig.Syntax.Block block)
    {
        int line = block.Line + 1;
        switch (block)
        {
            case HeadingBlock heading:
                var content = Inlines(heading.Inline);
                var id = heading.GetAttributes().Id ?? $"section-{line}";
                // Markdig 1.6 reads {id=x} but not the common {#x}; take it from the heading's end ourselves.
                if (content.Count > 0 && HeadingId.Match(content[^1].Text) is { Success: true } match)
                {
                    id = match.Groups[1].Value;
                    content[^1] = content[^1] with { Text = content[^1].Text[..match.Index].TrimEnd() };
                }
                return new Heading(line, heading.Level, content, id);

            case ParagraphBlock paragraph:
                if (IsPageBreakCommand(paragraph)) return new PageBreak(line);
                if (SoleImage(paragraph) is { } image) return Figure(image, line);
                return new Paragraph(line, Inlines(paragraph.Inline));

            case FencedCodeBlock fenced when fenced.Info == "chart":
                var chart = ChartReader.Read(fenced.Lines.ToString(), _file, line + 1, _words, _diagnostics);
                return chart is null ? null : new ChartBlock(line, chart);

            case FencedCodeBlock fenced when fenced.Info == "figure":
                return Figure(fenced.Arguments?.Trim() ?? "", line, fenced.Column + 1);

            case Markdig.Syntax.CodeBlock code:
                return new CodeBlock(line, code.Lines.ToString());

            case QuoteBlock quote:
                return new Quote(line, Blocks(quote));

            case CustomContainer container:
                var kind = (container.Info ?? "").Trim().ToLowerInvariant();
                if (!ContainerKinds.Contains(kind))
                {
                    _diagnostics.Add(Diagnostic.Error(_file, line, container.Column + 1, "markdown",
                        $"unknown container ':::{container.Info}'; use one of :::bluf, :::note, :::warning"));
                    return null;
                }
                return new Callout(line, kind, Blocks(container));

            case Markdig.Syntax.ListBlock list:
                int start = int.TryParse(list.OrderedStart, out var s) ? s : 1;
                var items = list.OfType<ListItemBlock>().Select(item => (IReadOnlyList<Block>)Blocks(item)).ToList();
                return new ListBlock(line, list.IsOrdered, start, items);

            case MdTable table:
                return Table(table, line);

            case ThematicBreakBlock:
                return new ThematicBreak(line);

            case HtmlBlock html:
                var raw = html.Lines.ToString().Trim();
                if (raw.Replace(" ", "") is "<!--pagebreak-->" or "<!--newpage-->") return new PageBreak(line);
                if (raw.StartsWith("<!--")) return null; // comments are for the author
                Warn(block, "raw HTML is not rendered; it is printed as text");
                return new Paragraph(line, [new Span(raw)]);

            case LinkReferenceDefinitionGroup or BlankLineBlock:
                return null;

            case ContainerBlock other:
                return other.Count == 0 ? null : new Quote(line, Blocks(other));

            default:
                return null;
        }
    }

    /// <summary>A figure the caller handed over, drawn by the renderer registered for its type.</summary>
    private ChartBlock? Figure(string id, int line, int column)
    {
        if (!_figures.TryGetValue(id, out var figure))
        {
            _diagnostics.Add(Diagnostic.Error(_file, line, column, "figure",
                $"no figure '{id}' was handed over with this Markdown; figures are placed by the program that generated it"));
            return null;
        }
        if (_renderers.For(figure) is not { } renderer)
        {
            _diagnostics.Add(Diagnostic.Error(_file, line, column, "figure", $"no figure renderer is registered for {figure.GetType().Name}"));
            return null;
        }
        return new ChartBlock(line, renderer.Draw(figure));
    }

    private Block Table(MdTable table, int line)
    {
        var rows = table.OfType<TableRow>().ToList();
        int columns = Math.Max(table.ColumnDefinitions.Count, rows.Count == 0 ? 1 : rows.Max(r => r.Count));
        columns = Math.Max(columns, 1);
        var align = Enumerable.Range(0, columns).Select(c => c < table.ColumnDefinitions.Count
            ? table.ColumnDefinitions[c].Alignment switch
            {
                TableColumnAlign.Center => ColumnAlign.Center,
                TableColumnAlign.Right => ColumnAlign.Right,
                _ => ColumnAlign.Left,
            }
            : ColumnAlign.Left).ToList();

        IReadOnlyList<IReadOnlyList<Span>> Cells(TableRow row)
        {
            var cells = new List<IReadOnlyList<Span>>(columns);
            for (int c = 0; c < columns; c++)
            {
                if (c >= row.Count) { cells.Add([]); continue; }
                var spans = new List<Span>();
                foreach (var paragraph in ((TableCell)row[c]).Descendants<ParagraphBlock>()) spans.AddRange(Inlines(paragraph.Inline));
                cells.Add(spans);
            }
            return cells;
        }

        var header = rows.FirstOrDefault(r => r.IsHeader);
        var body = rows.Where(r => r != header).Select(Cells).ToList();
        return new Model.Table(line, header is null ? [] : Cells(header), body, align);
    }

    /// <summary>
    /// "\newpage" or "\pagebreak" alone in a paragraph. Nearly every paragraph is prose: a count of its
    /// first visible characters settles it without joining all its text.
    /// </summary>
    private static bool IsPageBreakCommand(ParagraphBlock paragraph)
    {
        if (paragraph.Inline is null) return false;
        const int longest = 10; // "\pagebreak"
        int visible = 0;
        foreach (var literal in paragraph.Inline.Descendants<LiteralInline>())
            foreach (var c in literal.Content.AsSpan())
                if (!char.IsWhiteSpace(c) && ++visible > longest) return false;
        var text = string.Concat(paragraph.Inline.Descendants<LiteralInline>().Select(l => l.Content.ToString())).Trim();
        return text is "\\newpage" or "\\pagebreak";
    }

    /// <summary>The paragraph's one inline when it is an image and nothing else but blank text.</summary>
    private static LinkInline? SoleImage(ParagraphBlock paragraph)
    {
        if (paragraph.Inline is null) return null;
        LinkInline? sole = null;
        foreach (var inline in paragraph.Inline)
        {
            if (inline is LiteralInline l && l.Content.IsEmptyOrWhitespace()) continue;
            if (sole is not null || inline is not LinkInline { IsImage: true } image) return null;
            sole = image;
        }
        return sole;
    }

    private Block? Figure(LinkInline image, int line)
    {
        var alt = string.Concat(image.Descendants<LiteralInline>().Select(l => l.Content.ToString()));
        var url = image.Url ?? "";
        int column = image.Column + 1;
        if (url.Contains("://"))
        {
            _diagnostics.Add(Diagnostic.Error(_file, line, column, "image", $"image '{url}' is remote; download it and refer to the local file"));
            return null;
        }
        var path = Path.Combine(_baseDirectory, Uri.UnescapeDataString(url));
        _images.Add(Path.GetFullPath(path));
        if (Files.FileKinds.Of(path, followLinks: false) == Files.FileKind.Missing)
        {
            _diagnostics.Add(Diagnostic.Error(_file, line, column, "image", $"image '{url}' not found (looked in {Path.GetFullPath(_baseDirectory)})"));
            return null;
        }
        byte[] bytes;
        try
        {
            bytes = Files.InputFile.ReadBytes(path, Files.InputFile.ImageLimit);
        }
        catch (Files.InputFileException e)
        {
            _diagnostics.Add(Diagnostic.Error(_file, line, column, "image", $"image '{url}' {e.Message}"));
            return null;
        }
        var (checkedSize, problem) = ImageCheck.Read(bytes);
        if (checkedSize is not { } size)
        {
            _diagnostics.Add(Diagnostic.Error(_file, line, column, "image", $"image '{url}' {problem}"));
            return null;
        }
        if (string.IsNullOrWhiteSpace(alt))
            _diagnostics.Add(Diagnostic.Warning(_file, line, column, "image", $"image '{url}' has no alt text; describe it inside ![…] for readers who cannot see it"));
        return new Figure(line, bytes, alt, size.Width, size.Height, image.Title ?? "");
    }

    private List<Span> Inlines(ContainerInline? container)
    {
        var spans = new List<Span>();
        if (container is not null) AddInlines(container, SpanStyle.None, null, spans);
        // A comma between two footnote markers ("1,2") is part of the raised group, and the group reads
        // in ascending order however the author listed the citations.
        for (int i = 1; i + 1 < spans.Count; i++)
            if (IsFootnoteMarker(spans[i - 1]) && IsFootnoteMarker(spans[i + 1]) && spans[i].Text.Trim() == ",")
                spans[i] = new Span(",", SpanStyle.Superscript);
        for (int start = 0; start < spans.Count; start++)
        {
            if (!IsFootnoteMarker(spans[start])) continue;
            int end = start;
            while (end + 2 < spans.Count && spans[end + 1].Text == "," && spans[end + 1].Style == SpanStyle.Superscript && IsFootnoteMarker(spans[end + 2])) end += 2;
            if (end == start) continue; // a single marker is in order
            var markers = Enumerable.Range(0, (end - start) / 2 + 1).Select(k => spans[start + 2 * k])
                .OrderBy(m => int.Parse(m.Text, System.Globalization.CultureInfo.InvariantCulture)).ToList();
            for (int k = 0; k < markers.Count; k++) spans[start + 2 * k] = markers[k];
            start = end;
        }
        return spans;
    }

    private static bool IsFootnoteMarker(Span span) => span.Style == SpanStyle.Superscript && span.Link?.StartsWith("#fn-") == true;

    private void AddInlines(ContainerInline container, SpanStyle style, string? link, List<Span> spans)
    {
        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    spans.Add(new Span(literal.Content.ToString(), style, link));
                    break;
                case SmartyPant pant:
                    spans.Add(new Span(SmartyPantText(pant.Type), style, link));
                    break;
                case CodeInline code:
                    spans.Add(new Span(code.Content, style | SpanStyle.Code, link));
                    break;
                case LineBreakInline lineBreak:
                    spans.Add(new Span(lineBreak.IsHard ? Span.LineBreak : " ", style, link));
                    break;
                case HtmlEntityInline entity:
                    spans.Add(new Span(entity.Transcoded.ToString(), style, link));
                    break;
                case AutolinkInline auto:
                    var target = auto.IsEmail ? "mailto:" + auto.Url : auto.Url;
                    if (LinkSchemes.IsRefused(target)) { RefuseLink(inline, target); target = link ?? ""; }
                    spans.Add(new Span(auto.Url, style, target.Length > 0 ? target : null));
                    break;
                case FootnoteLink { IsBackLink: false } footnoteLink:
                    if (!_footnoteNumbers.TryGetValue(footnoteLink.Footnote, out var number))
                        _footnoteNumbers[footnoteLink.Footnote] = number = _footnoteNumbers.Count + 1;
                    spans.Add(new Span(number.ToString(System.Globalization.CultureInfo.InvariantCulture), SpanStyle.Superscript, $"#fn-{number}"));
                    break;
                case LinkInline { IsImage: true } image:
                    Warn(inline, "an image inside running text is shown as its alt text; put it in a paragraph of its own");
                    AddInlines(image, style | SpanStyle.Italic, link, spans);
                    break;
                case LinkInline linkInline:
                    var url = linkInline.GetDynamicUrl?.Invoke() ?? linkInline.Url ?? "";
                    if (url.StartsWith('#')) _internalLinks.Add((url[1..], inline.Line + 1, inline.Column + 1));
                    if (LinkSchemes.IsRefused(url)) { RefuseLink(inline, url); AddInlines(linkInline, style, link, spans); break; }
                    AddInlines(linkInline, style, url, spans);
                    break;
                case EmphasisInline emphasis:
                    var added = emphasis.DelimiterCount >= 2 ? SpanStyle.Bold : SpanStyle.Italic;
                    AddInlines(emphasis, style | added, link, spans);
                    break;
                case HtmlInline html:
                    spans.Add(new Span(html.Tag, style, link));
                    break;
                case ContainerInline nested:
                    AddInlines(nested, style, link, spans);
                    break;
            }
        }
    }

    private static string SmartyPantText(SmartyPantType type) => type switch
    {
        SmartyPantType.LeftQuote => "\u2018",
        SmartyPantType.RightQuote or SmartyPantType.Quote => "\u2019",
        SmartyPantType.LeftDoubleQuote => "\u201C",
        SmartyPantType.RightDoubleQuote or SmartyPantType.DoubleQuote => "\u201D",
        SmartyPantType.LeftAngleQuote => "\u00AB",
        SmartyPantType.RightAngleQuote => "\u00BB",
        SmartyPantType.Ellipsis => "\u2026",
        SmartyPantType.Dash2 => "\u2013",
        SmartyPantType.Dash3 => "\u2014",
        _ => "",
    };

    private void RefuseLink(MarkdownObject at, string url) =>
        Warn(at, $"a link to '{url.Split(':')[0].Trim()}:' is never made (it could run code or hide content); its text prints as plain text");

    private void Warn(MarkdownObject at, string message) =>
        _diagnostics.Add(Diagnostic.Warning(_file, at.Line + 1, at.Column + 1, "markdown", message));
}
