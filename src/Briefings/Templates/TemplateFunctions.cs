using System.Collections;
using System.Text;
using Briefings.Sources.Model;
using Scriban.Runtime;

namespace Briefings.Templates;

/// <summary>
/// The functions templates call, by their snake_case names. Each is a thin adapter from template values to
/// a <see cref="Wording"/> rule in the chosen locale, or to a piece of deliberate Markdown. docs/templates.md
/// documents each with an example; <see cref="Names"/> is what the template checker accepts.
/// </summary>
internal static class TemplateFunctions
{
    /// <summary>Every function name, for the checker (which has no locale) and for "did you mean".</summary>
    public static IReadOnlyList<string> Names { get; } = [.. Create(new Wording(Locale.Default), new RenderSinks()).Select(f => f.Name), "include"];

    public static IEnumerable<TemplateFunction> Create(Wording wording, RenderSinks sinks) =>
    [
        new("date", 1, 1, "{{ date published }} → 9 March 2015", c => wording.Date(Date(c, 0))),
        new("date_range", 2, 2, "{{ date_range period_start period_end }} → 8–10 March 2015", c => wording.DateRange(Date(c, 0), Date(c, 1))),
        new("days", 1, 1, "{{ days days_up }} → one day, 0–8 days", c => wording.Days(Span(c, 0))),
        new("span", 1, 1, "{{ span days_from_ban }} → the same day, two days after", c => wording.Span(Span(c, 0))),
        new("is_zero", 1, 1, "{{ if is_zero days_from_ban }}", c => Span(c, 0) is { IsExact: true, Min: 0 }),
        new("number", 1, 1, "{{ number independent_sources }} → three, 12", c => wording.Number(Number(c, 0))),
        new("ordinal", 1, 1, "{{ ordinal position }} → first, 11th", c => wording.Ordinal(Number(c, 0))),
        new("plural", 2, 2, "{{ plural sources \"source\" }} → two sources", c => wording.Quantity(Number(c, 0), Word(c, 1))),
        new("noun", 2, 2, "{{ noun judgments \"judgment\" }} → judgments", c => wording.Noun(Number(c, 0), Word(c, 1))),
        new("count", 1, 1, "{{ count sources }} → 2", c => c[0] is ICollection items ? items.Count : throw c.Error("count needs a list")),
        new("list", 1, 2, "{{ list from \"name\" }} → Twitter and Facebook", c => wording.List(Items(c))),
        new("capitalise", 1, 1, "{{ capitalise (plural sources \"source\") }} → Two sources", c => Wording.Capitalise(c[0]?.ToString() ?? "")),
        new("cite", 1, 1, "{{ cite cites }} → [^a],[^b]", c => new RawMarkdown(Citations(c))),
        new("link", 1, 2, "{{ link url }} or {{ link url \"the report\" }}", c => new RawMarkdown(Link(c))),
        new("figure", 2, 3, "{{ figure \"timeline\" timeline \"Events the sources report\" }}", c => new RawMarkdown(sinks.Figure(c))),
        new("document", 1, 1, "{{ document { title: this.case.title, marking: this.case.marking } }}", c => sinks.Document(c)),
    ];

    private static PartialDate Date(FunctionCall c, int index) => c[index] switch
    {
        PartialDate date => date,
        string text when PartialDate.Parse(text) is { } parsed => parsed,
        null => throw c.Error($"{c.Name} got an empty value; wrap it in {{{{ if … }}}} when the date may be missing"),
        var other => throw c.Error($"{c.Name} needs a date, not '{other}'"),
    };

    private static DaySpan Span(FunctionCall c, int index) => c[index] switch
    {
        DaySpan span => span,
        int days => new DaySpan(days, days),
        null => throw c.Error($"{c.Name} got an empty value; wrap it in {{{{ if … }}}} when it may be missing"),
        var other => throw c.Error($"{c.Name} needs a number of days, not '{other}'"),
    };

    private static int Number(FunctionCall c, int index) => c[index] switch
    {
        int n => n,
        long n => (int)n,
        ICollection items => items.Count,
        var other => throw c.Error($"{c.Name} needs a whole number or a list, not '{other}'"),
    };

    private static string Word(FunctionCall c, int index) =>
        c[index] as string ?? throw c.Error($"{c.Name} needs a word in quotes");

    /// <summary>Items as text: strings as they are, records by the named field (e.g. "name").</summary>
    private static IEnumerable<string> Items(FunctionCall c)
    {
        var field = c.Count > 1 ? Word(c, 1) : null;
        return c[0] switch
        {
            string one => [one],
            IEnumerable items => items.Cast<object?>().Select(item => item switch
            {
                ScriptObject record when field is not null && record.TryGetValue(field, out var v) => v?.ToString() ?? "",
                ScriptObject record when field is not null => throw c.Error($"these records have no field '{field}'; they have {string.Join(", ", record.Keys)}"),
                ScriptObject => throw c.Error("a list of records needs the field to show"),
                _ => item?.ToString() ?? "",
            }).ToList(),
            var other => throw c.Error($"list needs a list, not '{other}'"),
        };
    }

    /// <summary>
    /// "[^a],[^b]": Markdown footnote references, one per source. The comma is needed, not just style:
    /// "[^a][^b]" parses as a reference link and loses the first citation.
    /// </summary>
    private static string Citations(FunctionCall c) => c[0] switch
    {
        string one => $"[^{one}]",
        IEnumerable many => string.Join(",", many.Cast<object?>().Select(l => $"[^{l}]")),
        null => "",
        var other => throw c.Error($"cite needs a list of footnote labels, not '{other}'"),
    };

    private static string Link(FunctionCall c) =>
        c[0] is string url ? Link(url, c.Count > 1 ? c[1]?.ToString() ?? url : url) : throw c.Error("link needs a web address");

    /// <summary>
    /// "[text](address)": the text escaped like any value, the address percent-encoded where Markdown would
    /// otherwise end or break it. Only web addresses are linked; anything else prints as plain text.
    /// </summary>
    public static string Link(string url, string text)
    {
        var address = url.Trim();
        if (!address.StartsWith("https://", StringComparison.Ordinal) && !address.StartsWith("http://", StringComparison.Ordinal))
            return MarkdownText.Escape(text);
        var destination = new StringBuilder();
        foreach (var ch in address)
            destination.Append(ch is ' ' or '(' or ')' or '<' or '>' or '\\' or '`' || char.IsControl(ch) ? $"%{(int)ch:X2}" : ch.ToString());
        return $"[{MarkdownText.Escape(text)}]({destination})";
    }
}
