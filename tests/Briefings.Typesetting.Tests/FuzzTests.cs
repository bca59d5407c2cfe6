using System.Text;
using Xunit.Abstractions;

namespace Briefings.Typesetting.Tests;

/// <summary>
/// Layout must never throw on any Markdown: thousands of generated documents, from plain to
/// pathological (deep nesting, empty cells, 10,000-character words, 200-column tables), each must
/// give a PDF or a clean error.
/// </summary>
public class FuzzTests(ITestOutputHelper output)
{
    [Fact]
    public void Thousands_of_generated_documents_give_a_pdf_or_a_clean_error()
    {
        int pdfs = 0, errors = 0;
        for (int seed = 0; seed < 2000; seed++)
        {
            var markdown = Generate(new Random(seed));
            var result = Render.Pdf(markdown);
            if (result.Succeeded)
            {
                pdfs++;
                Assert.StartsWith("%PDF-", Encoding.ASCII.GetString(result.Bytes!, 0, 5));
                Assert.Contains("%%EOF", Encoding.ASCII.GetString(result.Bytes!, result.Bytes!.Length - 8, 8));
            }
            else
            {
                errors++;
                Assert.Contains(result.Diagnostics, d => d.Severity == Severity.Error && d.At.Line >= 1);
            }
        }
        output.WriteLine($"{pdfs} PDFs, {errors} clean errors");
        Assert.True(pdfs > 1000, $"only {pdfs} of 2000 generated documents rendered");
    }

    [Fact]
    public void Pathological_documents_render()
    {
        string[] cases =
        [
            string.Concat(Enumerable.Repeat("> ", 60)) + "deep quote",
            string.Concat(Enumerable.Range(0, 40).Select(i => new string(' ', i * 2) + "- level " + i + "\n")),
            "| " + string.Join(" | ", Enumerable.Range(1, 200).Select(i => "c" + i)) + " |\n|" + string.Concat(Enumerable.Repeat("---|", 200)) + "\n| " + string.Join(" | ", Enumerable.Range(1, 200).Select(i => i % 7 == 0 ? "" : "v" + i)) + " |\n",
            "| a | b |\n|---|---|\n|  |  |\n| | |\n",
            new string('w', 10_000),
            "| x |\n|---|\n| " + new string('y', 10_000) + " |\n",
            "[^a]\n\n[^a]: " + string.Join(" ", Enumerable.Repeat("footnote text that goes on and on", 400)),
            "",
            "---\n---\n",
            "```\n" + new string('c', 5000) + "\n```\n",
            ":::note\n:::warning\n:::bluf\nnested\n:::\n:::\n:::\n",
            "# \n\n## \n\n###### deep heading\n",
        ];
        foreach (var markdown in cases)
        {
            var result = Render.Pdf(markdown);
            Assert.True(result.Succeeded || result.Diagnostics.Any(d => d.Severity == Severity.Error), markdown[..Math.Min(40, markdown.Length)]);
        }
    }

    private static string Generate(Random random)
    {
        var md = new StringBuilder();
        if (random.Next(4) == 0) md.Append("---\ntitle: Fuzz ").Append(random.Next()).Append(random.Next(10) == 0 ? "\npaper: a3" : "\npaper: letter").Append("\ntoc: true\n---\n\n");
        int blocks = random.Next(1, 25);
        for (int b = 0; b < blocks; b++)
        {
            md.Append(random.Next(14) switch
            {
                0 => $"{new string('#', random.Next(1, 7))} {Words(random, 1, 8)}\n",
                1 => string.Concat(Enumerable.Range(0, random.Next(1, 8)).Select(i => $"{new string(' ', random.Next(0, 3) * 2)}- {Words(random, 0, 30)}\n")),
                2 => Table(random),
                3 => $"> {Words(random, 1, 60)}\n>\n> > {Words(random, 0, 10)}\n",
                4 => $":::{(random.Next(20) == 0 ? "bogus" : new[] { "bluf", "note", "warning" }[random.Next(3)])}\n{Words(random, 1, 50)}\n:::\n",
                5 => $"```\n{Words(random, 0, 40)}\n    indented {Words(random, 0, 5)}\n```\n",
                6 => "---\n",
                7 => "\\newpage\n",
                8 => $"{Words(random, 1, 20)}[^f{b}]\n\n[^f{b}]: {Words(random, 1, 40)}\n",
                9 => new string((char)random.Next('a', 'z'), random.Next(1, 3000)) + "\n",
                10 => "```chart\ntype: timeline\nevents:\n  - date: 2015-03-0" + random.Next(1, 9) + "\n    label: " + Words(random, 1, 6) + "\n  - date: 2015-0" + random.Next(1, 9) + "\n    label: x\n    conflict: true\n```\n",
                11 => "```chart\ntype: flow\npaths:\n  - from: [" + Words(random, 1, 3).Replace(" ", ", ") + "]\n    to: " + Words(random, 1, 4) + "\n    closed: true\n```\n",
                12 => $"1. {Words(random, 1, 10)}\n2. *{Words(random, 1, 5)}* **{Words(random, 1, 5)}** `code` [link](#nowhere)\n",
                _ => Words(random, 1, 120) + "\n",
            }).Append('\n');
        }
        return md.ToString();
    }

    private static string Table(Random random)
    {
        int columns = random.Next(1, random.Next(10) == 0 ? 60 : 8);
        var md = new StringBuilder("|" + string.Concat(Enumerable.Range(0, columns).Select(c => $" {Words(random, 0, 3)} |")) + "\n|");
        md.Append(string.Concat(Enumerable.Repeat("---|", columns))).Append('\n');
        for (int r = random.Next(0, 40); r > 0; r--)
            md.Append('|').Append(string.Concat(Enumerable.Range(0, random.Next(0, columns + 2)).Select(c => $" {Words(random, 0, 12)} |"))).Append('\n');
        return md.ToString();
    }

    private static readonly string[] Vocabulary = ["ban", "platform", "Twitter", "Telegram", "moved", "*emphasis*", "**strong**", "`x`", "Ωμέγα", "Київ",
        "€5", "“quoted”", "a|b", "<tag>", "&amp;", "https://example.org/a/b/c", "internationalisation", "\\*", "_", "#", "[link](https://x.org)", "—", "\u2603"];

    private static string Words(Random random, int min, int max) =>
        string.Join(" ", Enumerable.Range(0, random.Next(min, max + 1)).Select(_ => Vocabulary[random.Next(Vocabulary.Length)]));
}
