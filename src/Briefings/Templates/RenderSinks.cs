using System.Collections;
using Briefings.Figures;
using Briefings.Typesetting.Model;
using Scriban.Runtime;
using Briefings.Typesetting;

namespace Briefings.Templates;

/// <summary>
/// What one render hands the engine besides Markdown, typed: the figures templates place (each by a
/// <c>```figure id</c> fence in the Markdown) and the document's metadata from <c>{{ document {…} }}</c>.
/// One per render.
/// </summary>
internal sealed class RenderSinks(Locale? locale = null)
{
    private static readonly string[] MetaKeys = ["title", "subtitle", "author", "date", "marking", "paper", "language", "toc", "subject", "keywords", "justify"];

    private readonly Dictionary<string, object> _figures = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, object> Figures => _figures;

    public DocumentMeta? Meta { get; private set; }

    public string Figure(FunctionCall c)
    {
        if (c[0] is not string kind) throw c.Error("figure needs its kind in quotes first (\"flow\" or \"timeline\")");
        if (c[1] is not IEnumerable records || c[1] is string) throw c.Error($"figure \"{kind}\" needs a list of records after its kind");
        if (c.Count > 2 && c[2] is not (string or null)) throw c.Error("a figure's title must be text");
        var (figure, problem) = BriefFigures.Build(kind, records.Cast<object?>(), c[2] as string, locale ?? Locale.Default);
        if (figure is null) throw c.Error(problem!);
        var id = $"figure-{_figures.Count + 1}";
        _figures[id] = figure;
        return $"```figure {id}\n```";
    }

    public object? Document(FunctionCall c)
    {
        if (Meta is not null) throw c.Error("document is given once per template");
        if (c[0] is not ScriptObject fields) throw c.Error("document needs { key: value, … }");
        foreach (var key in fields.Keys.Where(k => !MetaKeys.Contains(k)))
            throw c.Error($"document has no '{key}'{DidYouMean.Suffix(key, MetaKeys)}; its keys are {string.Join(", ", MetaKeys)}");
        string? Text(string key) => fields.TryGetValue(key, out var v) && v is not null
            ? MarkdownText.Fold(v is IEnumerable list and not string ? string.Join(", ", list.Cast<object>()) : v.ToString() ?? "")
            : null;
        bool? Flag(string key) => fields.TryGetValue(key, out var v) && v is not null
            ? v as bool? ?? throw c.Error($"document's '{key}' must be true or false")
            : null;
        var paper = Text("paper") ?? "a4";
        Meta = new DocumentMeta
        {
            Title = Text("title") ?? "Untitled",
            HasTitleBlock = Text("title") is not null,
            Subtitle = Text("subtitle"),
            Author = Text("author"),
            Date = Text("date"),
            Marking = Text("marking"),
            Paper = paper.Equals("letter", StringComparison.OrdinalIgnoreCase) ? Paper.Letter
                : paper.Equals("a4", StringComparison.OrdinalIgnoreCase) ? Paper.A4
                : throw c.Error($"paper '{paper}' is not known; use \"a4\" or \"letter\""),
            Language = Text("language") ?? (locale ?? Locale.Default).Name,
            Toc = Flag("toc") ?? false,
            Subject = Text("subject"),
            Keywords = Text("keywords"),
            Justify = Flag("justify"),
        };
        return null;
    }
}
