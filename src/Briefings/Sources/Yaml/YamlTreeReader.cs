using Briefings.Problems;
using Briefings.Typesetting.Markdown;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using Briefings.Typesetting;

namespace Briefings.Sources.Yaml;

/// <summary>YAML text → a <see cref="YamlValue"/> tree with marks, or a located syntax problem.</summary>
public static class YamlTreeReader
{
    public static YamlValue? Read(SourceText source, List<Diagnostic> problems)
    {
        if (source.Unreadable is { } unreadable)
        {
            problems.Add(unreadable);
            return null;
        }
        var parser = new Parser(new StringReader(source.Text));
        var lastMark = Location.StartOf(source.Path);
        try
        {
            parser.Consume<StreamStart>();
            if (parser.Accept<StreamEnd>(out _))
            {
                problems.Add(Diagnostic.Error(lastMark, ProblemCodes.YamlSyntax, "the file is empty; it should hold key: value lines"));
                return null;
            }
            parser.Consume<DocumentStart>();
            var root = ReadValue(parser, source.Path, problems, ref lastMark, 0);
            parser.Consume<DocumentEnd>();
            if (parser.Accept<DocumentStart>(out var second))
                problems.Add(Diagnostic.Error(At(source.Path, second.Start), ProblemCodes.YamlSyntax,
                    "a second YAML document starts here ('---'); keep one document per file"));
            return root;
        }
        catch (TooDeepException e)
        {
            problems.Add(Diagnostic.Error(e.At, ProblemCodes.TooDeep, YamlDepth.Message));
            return null;
        }
        catch (YamlException e)
        {
            var at = e.Message.Contains("tab", StringComparison.OrdinalIgnoreCase) ? TabIndent(source, e.Start) : At(source.Path, e.Start);
            problems.Add(Diagnostic.Error(at, ProblemCodes.YamlSyntax, $"YAML syntax: {Sentence(e.Message)}; {Hint(e.Message)}"));
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner throws this (not a YamlException) on some malformed flow
            // collections, e.g. an unclosed '[': report it at the last place we understood.
            problems.Add(Diagnostic.Error(lastMark, ProblemCodes.YamlSyntax,
                "YAML syntax: could not read past here; check for an unclosed '[', '{' or quote"));
            return null;
        }
    }

    private static YamlValue ReadValue(IParser parser, string file, List<Diagnostic> problems, ref Location lastMark, int depth)
    {
        var current = parser.Current ?? throw new InvalidOperationException("YAML parser ended unexpectedly");
        lastMark = At(file, current.Start);
        // Real summaries nest four or five levels; thousands would overflow the stack of every command.
        if (depth > YamlDepth.Limit) throw new TooDeepException(lastMark);
        switch (current)
        {
            case Scalar scalar:
                parser.MoveNext();
                return new YamlScalar(lastMark, scalar.Value, scalar.Style == ScalarStyle.Plain);
            case AnchorAlias alias:
                parser.MoveNext();
                problems.Add(Diagnostic.Error(lastMark, ProblemCodes.YamlSyntax,
                    $"YAML aliases (*{alias.Value}) are not supported here; write the value out in full"));
                return new YamlScalar(lastMark, "", IsPlain: true);
            case SequenceStart:
            {
                var at = lastMark;
                parser.MoveNext();
                var items = new List<YamlValue>();
                while (!parser.TryConsume<SequenceEnd>(out _))
                    items.Add(ReadValue(parser, file, problems, ref lastMark, depth + 1));
                return new YamlSequence(at, items);
            }
            case MappingStart:
            {
                var at = lastMark;
                parser.MoveNext();
                var entries = new List<YamlEntry>();
                var seen = new Dictionary<string, Location>(StringComparer.Ordinal);
                while (!parser.TryConsume<MappingEnd>(out _))
                {
                    var keyValue = ReadValue(parser, file, problems, ref lastMark, depth + 1);
                    var value = ReadValue(parser, file, problems, ref lastMark, depth + 1);
                    if (keyValue is not YamlScalar key)
                    {
                        problems.Add(Diagnostic.Error(keyValue.At, ProblemCodes.YamlSyntax, "a key must be a plain name, not a list or mapping"));
                        continue;
                    }
                    if (seen.TryGetValue(key.Text, out var first))
                    {
                        problems.Add(Diagnostic.Error(key.At, ProblemCodes.YamlSyntax,
                            $"key '{key.Text}' appears twice in this mapping (first at line {first.Line}); keep one"));
                        continue;
                    }
                    seen[key.Text] = key.At;
                    entries.Add(new YamlEntry(key, value));
                }
                return new YamlMapping(at, entries);
            }
            default:
                throw new InvalidOperationException($"unexpected YAML event {current.GetType().Name}");
        }
    }

    /// <summary>Unwinds the recursion at the first value nested too deep; reported as one located problem.</summary>
    private sealed class TooDeepException(Location at) : Exception
    {
        public Location At { get; } = at;
    }

    /// <summary>
    /// YamlDotNet reports a tab in indentation at the scalar it was scanning, often the line above; the
    /// analyst needs the line with the tab: the first, from there on, whose indentation holds one.
    /// </summary>
    private static Location TabIndent(SourceText source, Mark mark)
    {
        var lines = source.Text.Split('\n');
        for (int i = (int)Math.Max(0, mark.Line - 1); i < lines.Length; i++)
        {
            var indent = lines[i].Length - lines[i].TrimStart(' ', '\t').Length;
            var tab = lines[i].IndexOf('\t');
            if (tab >= 0 && tab < indent) return new Location(source.Path, i + 1, tab + 1);
        }
        return At(source.Path, mark);
    }

    private static Location At(string file, Mark mark) => new(file, (int)Math.Max(1, mark.Line), (int)Math.Max(1, mark.Column));

    /// <summary>YamlDotNet says what it found; the analyst needs to know what to change.</summary>
    private static string Hint(string message) => message switch
    {
        _ when message.Contains("mapping", StringComparison.OrdinalIgnoreCase) =>
            "check this line's indentation (keys of one mapping line up) and that a value containing ': ' is in quotes",
        _ when message.Contains("quoted scalar", StringComparison.OrdinalIgnoreCase) => "a quote opened here is never closed",
        _ when message.Contains("tab", StringComparison.OrdinalIgnoreCase) => "indent with spaces, not tabs",
        _ => "check the indentation and punctuation here and on the line above",
    };

    private static string Sentence(string message)
    {
        var text = message.Trim();
        if (text.Length > 0) text = char.ToLowerInvariant(text[0]) + text[1..];
        return text.TrimEnd('.');
    }
}
