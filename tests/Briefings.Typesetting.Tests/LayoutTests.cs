using Briefings.Typesetting.Layout;

namespace Briefings.Typesetting.Tests;

public class LayoutTests
{
    private static string LongDocument()
    {
        var md = new System.Text.StringBuilder("---\ntitle: Long test\nmarking: OFFICIAL\ntoc: true\n---\n\n");
        for (int s = 1; s <= 12; s++)
        {
            md.Append($"# Section {s}\n\n");
            for (int p = 0; p < 4; p++) md.Append(Render.Paragraph(3 + (s * p) % 5, s * 10 + p)).Append(p == 1 ? $"[^n{s}]" : "").Append("\n\n");
            md.Append($"## Part {s}.1\n\n").Append(Render.Paragraph(4, s)).Append("\n\n");
        }
        for (int s = 1; s <= 12; s++) md.Append($"[^n{s}]: Note {s}: ").Append(Render.Paragraph(1, s)).Append('\n');
        return md.ToString();
    }

    [Fact]
    public void No_text_run_leaves_the_text_box()
    {
        var (plan, _) = Render.Plan(LongDocument());
        var (left, top, right, bottom) = plan.TextBox;
        foreach (var (page, box, ink) in Render.Texts(plan))
        {
            float x = box.X + ink.X, baseline = box.Y + ink.Baseline;
            Assert.True(x >= left - 0.5f && x + ink.Width <= right + 0.5f, $"page {page.Number}: '{ink.Text}' at x {x}–{x + ink.Width} outside {left}–{right}");
            Assert.True(baseline >= top && baseline <= bottom + 0.5f, $"page {page.Number}: '{ink.Text}' baseline {baseline} outside {top}–{bottom}");
        }
    }

    [Fact]
    public void Justified_lines_fill_the_measure_and_never_exceed_it()
    {
        var (plan, _) = Render.Plan(Render.Paragraph(60));
        float width = plan.TextBox.Right - plan.TextBox.Left;
        var lines = plan.Pages.SelectMany(p => p.Body).Where(b => b.Box.Inks.Texts().Any(i => i.Size == Theme.Default.BodySize)).ToList();
        Assert.True(lines.Count > 20);
        foreach (var line in lines.SkipLast(1))
        {
            var end = line.Box.Inks.Texts().Max(i => i.X + i.Width);
            Assert.True(end > width - 0.6f && end < width + 0.6f, $"line ends at {end} of {width}: {string.Join("|", line.Box.Inks.Texts().Select(i => i.Text))}");
        }
    }

    [Fact]
    public void Paragraphs_keep_two_lines_on_each_side_of_a_page_break()
    {
        var (plan, _) = Render.Plan(LongDocument());
        var linesPerPage = new Dictionary<StructNode, List<int>>();
        foreach (var page in plan.Pages)
            foreach (var box in page.Body)
                if (box.Box.Inks.Texts().FirstOrDefault()?.Path is [.., { Tag: Tag.P } p])
                {
                    if (!linesPerPage.TryGetValue(p, out var pages)) linesPerPage[p] = pages = [];
                    pages.Add(page.Number);
                }
        var split = linesPerPage.Values.Where(pages => pages.Distinct().Count() > 1).ToList();
        Assert.NotEmpty(split); // the document is long enough to split paragraphs
        foreach (var pages in split)
            foreach (var group in pages.GroupBy(n => n))
                Assert.True(group.Count() >= 2, $"a paragraph has a single line on page {group.Key}");
    }

    [Fact]
    public void A_heading_never_ends_a_page()
    {
        var (plan, _) = Render.Plan(LongDocument());
        foreach (var page in plan.Pages.SkipLast(1))
        {
            var last = page.Body.Where(b => b.Box.Anchors.All(a => !a.StartsWith("fn-")) && !IsFootnote(b)).Last();
            Assert.Null(last.Box.Outline);
            Assert.DoesNotContain(last.Box.Inks.Texts(), i => i.Path is [.., { Tag: >= Tag.H1 and <= Tag.H6 }]);
        }
    }

    private static bool IsFootnote(PlacedBox box) => box.Box.Inks.Texts().Any(i => i.Path is [{ Tag: Tag.Note }, ..]);

    [Fact]
    public void A_long_table_repeats_its_header_row_on_every_page()
    {
        var md = "| Id | Name | Note |\n|---|---|---|\n" + string.Concat(Enumerable.Range(1, 150).Select(i => $"| {i} | row {i} | {Render.Paragraph(1, i)} |\n"));
        var (plan, _) = Render.Plan(md);
        Assert.True(plan.Pages.Count >= 3);
        foreach (var page in plan.Pages)
        {
            var first = page.Body.First(b => b.Box.Inks.Texts().Any());
            // The header cells are tagged once; on continuation pages the repeated row is an artifact (no structure).
            if (page.Number == 1) Assert.Contains(first.Box.Inks.Texts(), i => i.Path is [.., { Tag: Tag.TH }] && i.Text == "Id");
            else Assert.Contains(first.Box.Inks.Texts(), i => i.Path is null && i.Text == "Id");
        }
    }

    [Fact]
    public void Outline_equals_the_headings_in_order()
    {
        var (plan, _) = Render.Plan(LongDocument());
        var expected = Enumerable.Range(1, 12).SelectMany(s => new[] { $"Section {s}", $"Part {s}.1" });
        Assert.Equal(expected, plan.Outline.Select(o => o.Entry.Title));
        Assert.Equal(plan.Outline.Select(o => o.Entry.Level), Enumerable.Range(1, 12).SelectMany(_ => new[] { 1, 2 }));
    }

    [Fact]
    public void Every_page_says_page_N_of_M_and_carries_the_marking_top_and_bottom()
    {
        var (plan, _) = Render.Plan(LongDocument());
        int m = plan.Pages.Count;
        Assert.True(m > 3);
        foreach (var page in plan.Pages)
        {
            var texts = page.Furniture.SelectMany(f => f.Box.Inks.Texts().Select(i => (f.Y, i.Text))).ToList();
            Assert.Contains(texts, t => t.Text == $"Page {page.Number} of {m}");
            var markings = texts.Where(t => t.Text == "OFFICIAL").Select(t => t.Y).ToList();
            Assert.Equal(2, markings.Count);
            Assert.True(markings.Min() < plan.TextBox.Top && markings.Max() > plan.TextBox.Bottom);
        }
    }

    [Fact]
    public void Footnotes_sit_on_the_page_that_cites_them()
    {
        var (plan, _) = Render.Plan(LongDocument());
        foreach (var page in plan.Pages)
            foreach (var box in page.Body.Where(b => b.Box.Footnotes.Count > 0))
                foreach (var n in box.Box.Footnotes)
                    Assert.True(plan.Anchors[$"fn-{n}"].Page == page.Number, $"footnote {n} cited on page {page.Number} printed on {plan.Anchors[$"fn-{n}"].Page}");
    }

    [Fact]
    public void Table_of_contents_prints_the_page_each_heading_is_on()
    {
        var (plan, _) = Render.Plan(LongDocument());
        var toc = Render.Texts(plan).Where(t => t.Ink.Path is [{ Tag: Tag.Toc }, ..] && t.Ink.Link is { } l && t.Ink.Text.All(char.IsDigit)).ToList();
        Assert.Equal(24, toc.Count);
        foreach (var entry in toc)
            Assert.Equal(plan.Anchors[entry.Ink.Link![1..]].Page.ToString(), entry.Ink.Text);
    }

    [Fact]
    public void Over_long_words_and_urls_break_inside_the_margin()
    {
        var md = "Word: " + new string('x', 10_000) + " and https://example.org/" + string.Join("/", Enumerable.Repeat("segment", 60));
        var (plan, _) = Render.Plan(md);
        float right = plan.TextBox.Right;
        Assert.All(Render.Texts(plan), t => Assert.True(t.Box.X + t.Ink.X + t.Ink.Width <= right + 0.5f));
    }

    [Fact]
    public void A_figure_taller_than_the_page_is_scaled_to_fit()
    {
        var dir = Directory.CreateTempSubdirectory().FullName;
        File.WriteAllBytes(Path.Combine(dir, "tall.png"), TestImages.Png(20, 4000));
        var (plan, _) = Render.Plan("Intro.\n\n![A very tall image](tall.png)\n", dir);
        var image = plan.Pages.SelectMany(p => p.Body).SelectMany(b => b.Box.Inks.OfType<ImageInk>().Select(i => (b, i))).Single();
        Assert.True(image.b.Y + image.i.Height <= plan.TextBox.Bottom);
    }

    [Fact]
    public void A_character_the_fonts_lack_is_reported_with_its_line()
    {
        var (_, diagnostics) = Render.Plan("Fine.\n\nA glyph: \u2603 snowman? No: \uA9C1.\n");
        Assert.Contains(diagnostics, d => d.Severity == Severity.Warning && d.At.Line == 3 && d.Message.Contains("U+A9C1"));
    }

    [Theory]
    [InlineData(300)]
    [InlineData(3)]
    public void Charts_stay_inside_the_text_box_however_many_events(int events)
    {
        var md = "Intro.\n\n```chart\ntype: timeline\ntitle: Many\nevents:\n" +
            string.Concat(Enumerable.Range(0, events).Select(i => $"  - date: 2015-03-{1 + i % 28:00}\n    label: event number {i} with a label long enough to wrap\n")) + "```\n";
        var (plan, _) = Render.Plan(md);
        var (left, top, right, bottom) = plan.TextBox;
        foreach (var (page, box, ink) in Render.Texts(plan))
            Assert.True(box.X + ink.X >= left - 0.5f && box.X + ink.X + ink.Width <= right + 0.5f && box.Y + ink.Baseline <= bottom + 0.5f,
                $"page {page.Number}: '{ink.Text}' outside the text box");
    }
}

public class TableBreakTests
{
    [Fact]
    public void A_table_never_leaves_a_single_row_alone_on_a_page()
    {
        // Filler of growing length moves the table's start down page one until it must cross the page.
        bool anySplit = false;
        for (int paragraphs = 4; paragraphs <= 14; paragraphs++)
        for (int rows = 2; rows <= 6; rows++)
        {
            var filler = string.Join("\n\n", Enumerable.Range(0, paragraphs).Select(i => Render.Paragraph(3, i)));
            var md = filler + "\n\n| A | B |\n|---|---|\n" + string.Concat(Enumerable.Range(1, rows).Select(r => $"| row {r} | {Render.Paragraph(1, r)} |\n"));
            var (plan, _) = Render.Plan(md);
            var perPage = plan.Pages.Select(p => p.Body.Count(b => b.Box.Inks.Texts().Any(i => i.Path is [.., { Tag: Briefings.Typesetting.Layout.Tag.TD }]))).Where(n => n > 0).ToList();
            Assert.True(perPage.Count == 1 || perPage.All(n => n >= 2), $"{rows} rows split as {string.Join("+", perPage)}");
            anySplit |= perPage.Count > 1;
        }
        Assert.True(anySplit, "no table crossed a page: the filler needs adjusting");
    }

    [Fact]
    public void A_group_of_footnote_markers_reads_in_ascending_order()
    {
        var (plan, _) = Render.Plan("First.[^c]\n\nSecond.[^a]\n\nThird.[^b],[^c],[^a]\n\n[^a]: A.\n[^b]: B.\n[^c]: C.\n");
        var third = Render.Texts(plan).Where(t => t.Ink.Size < Theme.Default.BodySize && t.Ink.Path is not [{ Tag: Briefings.Typesetting.Layout.Tag.Note }, ..])
            .Select(t => t.Ink.Text.Trim()).ToList();
        Assert.Equal(["1", "2", "1", ",", "2", ",", "3"], third);
    }

    [Fact]
    public void A_comma_between_footnote_markers_is_raised_with_them()
    {
        var (plan, _) = Render.Plan("Claim.[^a],[^b]\n\n[^a]: A.\n[^b]: B.\n");
        var comma = Render.Texts(plan).Single(t => t.Ink.Text == ",");
        Assert.True(comma.Ink.Size < Theme.Default.BodySize);
    }
}
