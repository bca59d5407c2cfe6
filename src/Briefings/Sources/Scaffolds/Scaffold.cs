using System.Text;
using Briefings.Sources.Reading;
using Briefings.Typesetting.Charts;

namespace Briefings.Sources.Scaffolds;

/// <summary>
/// A new source file's skeleton, written from the same field lists the readers check (so it always reads
/// back): the schema line first, then every field with its meaning as a comment above it. Required fields
/// hold a <see cref="Placeholder"/> (or the value given on the command line); optional ones are written as
/// comments showing an example, to uncomment when wanted.
/// </summary>
public static class Scaffold
{
    /// <summary>What every required value holds until the analyst fills it in.</summary>
    public static readonly string FillIn = Placeholder.For("fill in");

    private const int Width = 100;

    /// <param name="given">Values known already, by field name, written instead of a placeholder: text is quoted, ids and dates
    /// (checked by the caller) are not.</param>
    public static string Write(string schemaPath, string intro, IReadOnlyList<FieldSpec> fields, IReadOnlyDictionary<string, string> given)
    {
        var text = new StringBuilder();
        text.Append(Schemas.SourceSchemas.ModelineFor(schemaPath)).Append('\n');
        Comment(text, "", intro);
        Comment(text, "", "Replace every " + FillIn + " (keep our own words: facts, names and dates carry over from the source, its sentences do not). " +
            "`briefings validate` lists each one left as a warning, and no brief is built until all are filled in. " +
            "Optional fields are commented out: remove the '# ' to use one.");
        foreach (var field in fields)
        {
            text.Append('\n');
            Field(text, "", field, given.GetValueOrDefault(field.Name));
        }
        return text.ToString();
    }

    private static void Field(StringBuilder text, string indent, FieldSpec field, string? given)
    {
        Comment(text, indent, field.Description);
        if (given is not null)
        {
            text.Append(indent).Append(field.Name).Append(": ").Append(field.Shape is TextShape ? Quoted(given) : given).Append('\n');
            return;
        }
        if (!field.Required)
        {
            Example(text, indent, field);
            return;
        }
        switch (field.Shape)
        {
            case MappingShape mapping:
                text.Append(indent).Append(field.Name).Append(":\n");
                foreach (var inner in mapping.Fields) Field(text, indent + "  ", inner, null);
                break;
            case ListShape { Item: MappingShape item }:
                text.Append(indent).Append(field.Name).Append(":\n");
                var first = true;
                foreach (var inner in item.Fields)
                {
                    // The first field of the item carries the list's dash; its comment goes above the dash.
                    var innerIndent = indent + "    ";
                    if (first)
                    {
                        Comment(text, indent + "  ", inner.Description);
                        text.Append(indent).Append("  - ");
                        Value(text, innerIndent, inner);
                        first = false;
                    }
                    else Field(text, innerIndent, inner, null);
                }
                break;
            default:
                text.Append(indent);
                Value(text, indent, field);
                break;
        }
    }

    /// <summary>`name: value` of a required single value or list, after its indent: a placeholder, or a list of one.</summary>
    private static void Value(StringBuilder text, string indent, FieldSpec field)
    {
        switch (field.Shape)
        {
            case ListShape { Item: MappingShape } or MappingShape:
                throw new ArgumentException($"'{field.Name}' holds a mapping; a list item cannot start with one");
            case ListShape:
                text.Append(field.Name).Append(":\n").Append(indent).Append("  - ").Append(FillIn).Append('\n');
                break;
            default:
                text.Append(field.Name).Append(": ").Append(FillIn).Append('\n');
                break;
        }
    }

    /// <summary>An optional field, commented out: its example line, or for a list of mappings one example item.</summary>
    private static void Example(StringBuilder text, string indent, FieldSpec field)
    {
        if (field.Shape is ListShape { Item: MappingShape item })
        {
            // Each example field keeps its meaning as a comment of its own, so the block, once uncommented,
            // still says what each field takes (the words a choice allows, a scale's meaning).
            text.Append(indent).Append("# ").Append(field.Name).Append(":\n");
            for (var i = 0; i < item.Fields.Count; i++)
            {
                Comment(text, indent + "#   " + (i == 0 ? "" : "  "), item.Fields[i].Description);
                text.Append(indent).Append("# ").Append(i == 0 ? "  - " : "    ").Append(item.Fields[i].Example).Append('\n');
            }
        }
        else text.Append(indent).Append("# ").Append(field.Example).Append('\n');
    }

    private static void Comment(StringBuilder text, string indent, string words)
    {
        var line = new StringBuilder();
        foreach (var word in words.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && indent.Length + 2 + line.Length + 1 + word.Length > Width)
            {
                text.Append(indent).Append("# ").Append(line).Append('\n');
                line.Clear();
            }
            if (line.Length > 0) line.Append(' ');
            line.Append(word);
        }
        if (line.Length > 0) text.Append(indent).Append("# ").Append(line).Append('\n');
    }

    /// <summary>A value from the command line, double-quoted so any text reads back as itself.</summary>
    private static string Quoted(string value) => ChartWriter.Q(value);
}
