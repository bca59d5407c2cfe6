using System.Text;
using System.Text.RegularExpressions;

namespace Briefings.Benchmarks;

/// <summary>
/// The benchmark document (<see cref="TenPages"/>) in Typst markup, for timing Typst on the same content:
/// same text, headings, footnotes, tables and lists, and like ours an A4 page with a contents list, a
/// marking at top and bottom, "Page N of M", justified hyphenated Noto Serif. It translates only the
/// few constructs that document uses; it is not a general Markdown converter.
/// </summary>
public static partial class TypstTranslation
{
    public static string From(string markdown)
    {
        var lines = markdown.Replace("\r\n", "\n").Split('\n');
        var notes = lines.Select(l => NoteDefinition().Match(l)).Where(m => m.Success).ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);
        var typst = new StringBuilder("""
            #set document(title: "Benchmark document")
            #set page(paper: "a4", margin: 24mm,
              header: align(center, text(font: "Noto Sans", weight: "bold", size: 8pt, fill: rgb("#b00020"))[OFFICIAL]),
              footer: [#align(center, text(font: "Noto Sans", weight: "bold", size: 8pt, fill: rgb("#b00020"))[OFFICIAL]) #text(font: "Noto Sans", size: 8pt)[Benchmark document #h(1fr) Page #counter(page).display() of #locate(loc => counter(page).final(loc).first())]])
            #set text(font: "Noto Serif", size: 10.5pt, lang: "en", region: "gb", hyphenate: true)
            #set par(justify: true, leading: 0.8em)
            #show heading: set text(font: "Noto Sans", fill: rgb("#15355a"))
            #align(left, text(font: "Noto Sans", weight: "bold", size: 23pt, fill: rgb("#15355a"))[Benchmark document])
            #outline(title: [Contents])

            """);
        int i = 0;
        if (lines[0] == "---") { i = 1; while (lines[i] != "---") i++; i++; }
        for (; i < lines.Length; i++)
        {
            var line = lines[i];
            if (NoteDefinition().IsMatch(line)) continue;
            if (line.StartsWith("## ", StringComparison.Ordinal)) { typst.Append("= ").Append(line[3..]).Append('\n'); continue; }
            if (line.StartsWith('|'))
            {
                var rows = new List<string[]>();
                for (; i < lines.Length && lines[i].StartsWith('|'); i++)
                    if (!lines[i].StartsWith("|---", StringComparison.Ordinal)) rows.Add(lines[i].Trim('|').Split('|').Select(c => c.Trim()).ToArray());
                typst.Append("#table(columns: ").Append(rows[0].Length).Append(", align: (left, left, right, left),\n");
                foreach (var cell in rows[0]) typst.Append("  [*").Append(cell).Append("*],");
                typst.Append('\n');
                foreach (var row in rows.Skip(1)) typst.Append("  ").Append(string.Concat(row.Select(c => $"[{c}], "))).Append('\n');
                typst.Append(")\n\n");
                continue;
            }
            typst.Append(NoteReference().Replace(line, m => $"#footnote[{notes[m.Groups[1].Value]}]")).Append('\n');
        }
        return typst.ToString();
    }

    [GeneratedRegex(@"^\[\^([^\]]+)\]: (.*)$")]
    private static partial Regex NoteDefinition();

    [GeneratedRegex(@"\[\^([^\]]+)\]")]
    private static partial Regex NoteReference();
}
