using System.Collections.Frozen;
using System.Collections;
using System.Text;
using Briefings.Sources.Model;
using Briefings.Templates.Checking;
using HandlebarsDotNet;

namespace Briefings.Templates;

/// <summary>
/// The helpers templates can call. Each is a thin adapter from Handlebars arguments to a
/// <see cref="Wording"/> rule (in the chosen locale) or to a piece of deliberate Markdown.
/// Text results are escaped like any value; <c>cite</c> and <c>yaml</c> write markup on purpose.
/// </summary>
public static class BriefHelpers
{
    public static HelperCatalog Catalog { get; } = new(
        new[] { "date", "date_range", "days", "span", "number", "ordinal", "plural", "noun", "count", "list", "capitalise", "cite", "link", "yaml", "yaml_list" }
            .ToFrozenSet(StringComparer.Ordinal),
        new[] { "eq" }.ToFrozenSet(StringComparer.Ordinal));

    public static void Register(IHandlebars handlebars, Wording wording)
    {
        Text(handlebars, "date", 1, a => wording.Date(Date("date", a[0])));
        Text(handlebars, "date_range", 2, a => wording.DateRange(Date("date_range", a[0]), Date("date_range", a[1])));
        Text(handlebars, "days", 1, a => wording.Days(Span("days", a[0])));
        Text(handlebars, "span", 1, a => wording.Span(Span("span", a[0])));
        Text(handlebars, "number", 1, a => wording.Number(Number("number", a[0])));
        Text(handlebars, "ordinal", 1, a => wording.Ordinal(Number("ordinal", a[0])));
        Text(handlebars, "plural", 2, a => wording.Quantity(Number("plural", a[0]), Word("plural", a[1])));
        Text(handlebars, "noun", 2, a => wording.Noun(Number("noun", a[0]), Word("noun", a[1])));
        Text(handlebars, "list", 1, a => wording.List(Items("list", a[0], a.Length > 1 ? Word("list", a[1]) : null)));
        Text(handlebars, "capitalise", 1, a => Wording.Capitalise(a[0]?.ToString() ?? ""));
        handlebars.RegisterHelper("count", (in HelperOptions _, in Context _, in Arguments a) =>
            a.Length == 1 && a[0] is ICollection items ? items.Count : throw new TemplateHelperException("count", "count needs one list, e.g. (count sources)"));

        handlebars.RegisterHelper("cite", (EncodedTextWriter output, Context _, Arguments a) =>
        {
            if (a.Length != 1) throw new TemplateHelperException("cite", "cite needs one list of footnote labels, e.g. {{cite cites}}");
            output.WriteSafeString(Citations(a[0]));
        });
        handlebars.RegisterHelper("link", (EncodedTextWriter output, Context _, Arguments a) =>
        {
            if (a.Length is < 1 or > 2 || a[0] is not string url) throw new TemplateHelperException("link", "link needs a web address, e.g. {{link url}}");
            output.WriteSafeString(Link(url, a.Length == 2 ? a[1]?.ToString() ?? url : url));
        });
        // Several values are joined into one string first, so a template can build a chart label from
        // words and helper results ({{yaml "at least " (days days_up)}}) without escaping inside YAML.
        handlebars.RegisterHelper("yaml", (EncodedTextWriter output, Context _, Arguments a) =>
        {
            if (a.Length == 0) throw new TemplateHelperException("yaml", "yaml needs a value, e.g. {{yaml case.title}}");
            output.WriteSafeString(YamlString(string.Concat(Enumerable.Range(0, a.Length).Select(i => YamlText(a[i])))));
        });
        handlebars.RegisterHelper("yaml_list", (EncodedTextWriter output, Context _, Arguments a) =>
        {
            if (a.Length is < 1 or > 2) throw new TemplateHelperException("yaml_list", "yaml_list needs a list, e.g. {{yaml_list from \"name\"}}");
            output.WriteSafeString(YamlList(Items("yaml_list", a[0], a.Length > 1 ? Word("yaml_list", a[1]) : null)));
        });
        handlebars.RegisterHelper("eq", (EncodedTextWriter output, BlockHelperOptions options, Context context, Arguments a) =>
        {
            if (a.Length != 2) throw new TemplateHelperException("eq", "eq compares two values, e.g. {{#eq outcome \"offline\"}}");
            if (Equals(a[0]?.ToString(), a[1]?.ToString())) options.Template(output, context);
            else options.Inverse(output, context);
        });
    }

    /// <summary>
    /// "[^a],[^b]": Markdown footnote references, one per source. The comma is needed, not just style:
    /// "[^a][^b]" parses as a reference link and loses the first citation.
    /// </summary>
    public static string Citations(object? labels) => labels switch
    {
        string one => $"[^{one}]",
        IEnumerable many => string.Join(",", many.Cast<object?>().Select(l => $"[^{l}]")),
        null => "",
        _ => throw new TemplateHelperException("cite", "cite needs a list of footnote labels, e.g. {{cite cites}}"),
    };

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
        foreach (var c in address)
            destination.Append(c is ' ' or '(' or ')' or '<' or '>' or '\\' or '`' || char.IsControl(c) ? $"%{(int)c:X2}" : c.ToString());
        return $"[{MarkdownText.Escape(text)}]({destination})";
    }

    /// <summary>A YAML double-quoted scalar, so any title or marking is safe in front matter.</summary>
    public static string YamlString(string value)
    {
        var text = new StringBuilder("\"");
        foreach (var c in MarkdownText.Fold(value))
        {
            text.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                _ when char.IsControl(c) => $"\\u{(int)c:x4}",
                _ => c.ToString(),
            });
        }
        return text.Append('"').ToString();
    }

    /// <summary>A YAML flow sequence of double-quoted strings: ["Twitter", "Facebook"].</summary>
    public static string YamlList(IEnumerable<string> items) => $"[{string.Join(", ", items.Select(YamlString))}]";

    /// <summary>A value as YAML text: a list joined with commas (front-matter keywords), anything else as printed.</summary>
    private static string YamlText(object? value) => value switch
    {
        null => "",
        string text => text,
        IEnumerable items => string.Join(", ", items.Cast<object>()),
        var v => v.ToString() ?? "",
    };

    private static void Text(IHandlebars handlebars, string name, int arity, Func<Arguments, string> body) =>
        handlebars.RegisterHelper(name, (in HelperOptions _, in Context _, in Arguments a) =>
        {
            if (a.Length < arity) throw new TemplateHelperException(name, $"{name} needs {arity} value{(arity == 1 ? "" : "s")}");
            return body(a);
        });

    private static PartialDate Date(string helper, object? value) => value switch
    {
        PartialDate date => date,
        string text when PartialDate.Parse(text) is { } parsed => parsed,
        null => throw new TemplateHelperException(helper, $"{helper} got an empty value; wrap it in {{{{#if …}}}} when the date may be missing"),
        _ => throw new TemplateHelperException(helper, $"{helper} needs a date, not '{value}'"),
    };

    private static DaySpan Span(string helper, object? value) => value switch
    {
        DaySpan span => span,
        int days => new DaySpan(days, days),
        null => throw new TemplateHelperException(helper, $"{helper} got an empty value; wrap it in {{{{#if …}}}} when it may be missing"),
        _ => throw new TemplateHelperException(helper, $"{helper} needs a number of days, not '{value}'"),
    };

    private static int Number(string helper, object? value) => value switch
    {
        int n => n,
        long n => (int)n,
        ICollection items => items.Count,
        _ => throw new TemplateHelperException(helper, $"{helper} needs a whole number, not '{value}'"),
    };

    private static string Word(string helper, object? value) =>
        value as string ?? throw new TemplateHelperException(helper, $"{helper} needs a word in quotes, e.g. \"source\"");

    /// <summary>Items as text: strings as they are, records by the named field (e.g. "name").</summary>
    private static IEnumerable<string> Items(string helper, object? value, string? field) => value switch
    {
        string one => [one],
        IEnumerable items => items.Cast<object?>().Select(item => item switch
        {
            IDictionary<string, object?> record when field is not null && record.TryGetValue(field, out var v) => v?.ToString() ?? "",
            IDictionary<string, object?> => throw new TemplateHelperException(helper, $"{helper} over records needs the field to show, e.g. (list from \"name\")"),
            _ => item?.ToString() ?? "",
        }).ToList(),
        _ => throw new TemplateHelperException(helper, $"{helper} needs a list"),
    };
}
