using System.Text;

namespace Briefings.Benchmarks;

/// <summary>A deterministic document that sets to exactly ten A4 pages with the default theme.</summary>
public static class TenPages
{
    public static readonly string Markdown = Build(20);

    public static string Build(int sections)
    {
        string[] words = ["displacement", "platform", "moderation", "network", "supporters", "accounts", "suspended", "within", "days",
            "the", "of", "and", "to", "a", "after", "launch", "offline", "alternative", "messaging", "channels", "persisting", "briefly",
            "independent", "sources", "corroborate", "judgment", "likelihood", "confidence", "evidence", "timeline"];
        var random = new Random(7);
        string Sentence() => string.Join(" ", Enumerable.Range(0, random.Next(8, 22)).Select(_ => words[random.Next(words.Length)])) + ".";
        var md = new StringBuilder("---\ntitle: Benchmark document\nmarking: OFFICIAL\ntoc: true\n---\n\n");
        for (int s = 1; s <= sections; s++)
        {
            md.Append($"## Section {s}\n\n");
            md.Append(string.Join(" ", Enumerable.Range(0, 5).Select(_ => Sentence()))).Append($"[^s{s}]\n\n");
            if (s % 8 == 0)
            {
                md.Append("| Platform | Kind | Days | Status |\n|---|---|---:|---|\n");
                for (int r = 0; r < 12; r++) md.Append($"| {words[r]} | {words[r + 10]} | {r + 1} | {words[r + 15]} |\n");
                md.Append('\n');
            }
            if (s % 5 == 0) md.Append("- ").Append(Sentence()).Append("\n- ").Append(Sentence()).Append("\n\n");
            md.Append(string.Join(" ", Enumerable.Range(0, 4).Select(_ => Sentence()))).Append("\n\n");
        }
        for (int s = 1; s <= sections; s++) md.Append($"[^s{s}]: Source note {s}: {Sentence()}\n");
        return md.ToString();
    }
}
