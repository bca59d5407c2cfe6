using Briefings.Typesetting.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Briefings.Typesetting.Markdown;

/// <summary>YAML front matter → DocumentMeta, with each complaint pointing at the offending key.</summary>
internal static class FrontMatterReader
{
    private static readonly string[] Keys =
        ["title", "subtitle", "author", "date", "issued", "marking", "paper", "language", "lang", "toc", "subject", "keywords", "justify"];

    public static DocumentMeta Read(string yaml, string file, int firstLine, List<Diagnostic> diagnostics)
    {
        var meta = new DocumentMeta();
        YamlMappingNode root;
        if (YamlDepth.TooDeepAt(yaml) is { } deep)
        {
            diagnostics.Add(Diagnostic.Error(file, firstLine + deep.Line - 1, deep.Column, "too-deep", "front matter: " + YamlDepth.Message));
            return meta;
        }
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            if (stream.Documents.Count == 0) return meta;
            if (stream.Documents[0].RootNode is not YamlMappingNode mapping)
            {
                diagnostics.Add(Diagnostic.Error(file, firstLine, 1, "front-matter", "front matter must be a mapping of key: value lines"));
                return meta;
            }
            root = mapping;
        }
        catch (Exception e) when (e is YamlException or InvalidOperationException or ArgumentException)
        {
            diagnostics.Add(Diagnostic.Error(file, firstLine + (int)((e as YamlException)?.Start.Line ?? 1) - 1, (int)((e as YamlException)?.Start.Column ?? 1), "front-matter",
                $"front matter is not valid YAML: {e.InnerException?.Message ?? e.Message}"));
            return meta;
        }

        foreach (var (keyNode, valueNode) in root.Children)
        {
            var key = ((YamlScalarNode)keyNode).Value ?? "";
            int line = firstLine + (int)valueNode.Start.Line - 1, column = (int)valueNode.Start.Column;
            void Error(string message) => diagnostics.Add(Diagnostic.Error(file, line, column, "front-matter", message));
            if (valueNode is not YamlScalarNode scalar)
            {
                if (key == "keywords" && valueNode is YamlSequenceNode list)
                    meta = meta with { Keywords = string.Join(", ", list.Children.OfType<YamlScalarNode>().Select(n => n.Value)) };
                else Error($"front matter '{key}' must be a single value");
                continue;
            }
            var value = scalar.Value ?? "";
            switch (key)
            {
                case "title": meta = meta with { Title = value, HasTitleBlock = true }; break;
                case "subtitle": meta = meta with { Subtitle = value }; break;
                case "author": meta = meta with { Author = value }; break;
                case "date": meta = meta with { Date = value }; break;
                case "issued":
                    if (DateOnly.TryParseExact(value, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var issued))
                        meta = meta with { Issued = issued };
                    else Error($"issued '{value}' is not a date; write it as YYYY-MM-DD, e.g. 2015-03-10");
                    break;
                case "marking": meta = meta with { Marking = value }; break;
                case "subject": meta = meta with { Subject = value }; break;
                case "keywords": meta = meta with { Keywords = value }; break;
                case "language" or "lang": meta = meta with { Language = value }; break;
                case "paper":
                    if (value.Equals("a4", StringComparison.OrdinalIgnoreCase)) meta = meta with { Paper = Paper.A4 };
                    else if (value.Equals("letter", StringComparison.OrdinalIgnoreCase)) meta = meta with { Paper = Paper.Letter };
                    else Error($"paper '{value}' is not known; use a4 or letter");
                    break;
                case "toc" or "justify":
                    if (!bool.TryParse(value, out var flag)) { Error($"'{key}' must be true or false, not '{value}'"); break; }
                    meta = key == "toc" ? meta with { Toc = flag } : meta with { Justify = flag };
                    break;
                default:
                    var near = DidYouMean.Nearest(key, Keys);
                    diagnostics.Add(Diagnostic.Warning(file, firstLine + (int)keyNode.Start.Line - 1, (int)keyNode.Start.Column, "front-matter",
                        $"front matter key '{key}' is not used{(near is null ? "" : $"; did you mean '{near}'?")}"));
                    break;
            }
        }
        return meta;
    }
}
