using Briefings.Typesetting.Layout;

namespace Briefings.Typesetting.Tests;

/// <summary>Shared helpers: lay out or render Markdown text without touching the file system.</summary>
internal static class Render
{
    public static readonly Typesetter Typesetter = new();

    public static (PagePlan Plan, List<Diagnostic> Diagnostics) Plan(string markdown, string baseDirectory = ".")
    {
        var (document, diagnostics) = Typesetter.Parse(new RenderRequest(markdown, "test.md") { BaseDirectory = baseDirectory });
        Assert.DoesNotContain(diagnostics, d => d.Severity == Severity.Error);
        return (Typesetter.Layout(document, "test.md", diagnostics), diagnostics);
    }

    public static RenderResult Pdf(string markdown, string baseDirectory = ".") =>
        Typesetter.RenderPdf(new RenderRequest(markdown, "test.md") { BaseDirectory = baseDirectory });

    public static string Paragraph(int sentences, int seed = 1)
    {
        string[] words = ["displacement", "platform", "moderation", "network", "supporters", "accounts", "suspended", "within", "days",
            "the", "of", "and", "to", "a", "after", "launch", "offline", "alternative", "messaging", "channels", "persisting", "briefly",
            "independent", "sources", "corroborate", "judgment", "likelihood", "confidence", "evidence", "timeline"];
        var random = new Random(seed);
        var text = new System.Text.StringBuilder();
        for (int s = 0; s < sentences; s++)
        {
            int n = random.Next(8, 22);
            for (int w = 0; w < n; w++)
            {
                var word = words[random.Next(words.Length)];
                text.Append(w == 0 ? char.ToUpperInvariant(word[0]) + word[1..] : word).Append(w == n - 1 ? ". " : " ");
            }
        }
        return text.ToString().Trim();
    }

    public static IEnumerable<(PlannedPage Page, PlacedBox Box, TextInk Ink)> Texts(PagePlan plan) =>
        from page in plan.Pages from box in page.Body from ink in box.Box.Inks.Texts() select (page, box, ink);

    public static string SampleDirectory => Path.Combine(RepositoryRoot, "samples");

    /// <summary>The engine sample, laid out (its images resolve from the samples folder).</summary>
    public static PagePlan SamplePlan() => Plan(File.ReadAllText(Path.Combine(SampleDirectory, "engine-sample.md")), SampleDirectory).Plan;

    public static string RepositoryRoot
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Briefings.sln"))) dir = dir.Parent;
            return dir?.FullName ?? throw new InvalidOperationException("cannot find the repository root");
        }
    }
}
