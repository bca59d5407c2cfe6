using UglyToad.PdfPig.Tokens;

namespace Briefings.Typesetting.Tests;

/// <summary>The tagged structure a screen reader walks, read back from the PDF (PDF/UA-1).</summary>
public class PdfStructureTests
{
    private static PdfReadBack.Element Tree(string markdown, out PdfReadBack pdf)
    {
        var result = Render.Pdf(markdown);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        pdf = new PdfReadBack(result.Bytes!);
        return pdf.StructureTree();
    }

    private static IEnumerable<(int? Page, int Mcid)> Marks(PdfReadBack.Element element) =>
        element.Marks.Concat(element.Children.SelectMany(Marks));

    [Fact]
    public void A_paragraph_across_a_page_break_is_one_P()
    {
        // Each paragraph cites a note, so the page's notes interrupt a paragraph that runs on to the next page.
        var md = string.Join("\n\n", Enumerable.Range(1, 9).Select(i => $"{Render.Paragraph(6, i)}[^{i}] {Render.Paragraph(6, i + 50)}"))
            + "\n\n" + string.Join("\n\n", Enumerable.Range(1, 9).Select(i => $"[^{i}]: Note {i}."));
        var tree = Tree(md, out var pdf);
        using (pdf)
        {
            var paragraphs = Assert.Single(tree.Children).Children.Where(e => e.Type == "P").ToList();
            Assert.True(pdf.Document.NumberOfPages >= 2);
            Assert.Equal(9, paragraphs.Count);
            Assert.Contains(paragraphs, p => Marks(p).Select(m => m.Page).Distinct().Count() > 1);
        }
    }

    [Fact]
    public void A_table_across_pages_is_one_Table_whose_header_cells_have_a_scope_and_are_not_repeated()
    {
        var md = "| Id | Name | Note |\n|---|---|---|\n" + string.Concat(Enumerable.Range(1, 120).Select(i => $"| {i} | row {i} | {Render.Paragraph(1, i)} |\n"));
        var tree = Tree(md, out var pdf);
        using (pdf)
        {
            Assert.True(pdf.Document.NumberOfPages >= 3);
            var table = Assert.Single(PdfReadBack.All(tree), e => e.Type == "Table");
            Assert.Equal(121, table.Children.Count(e => e.Type == "TR"));
            var headers = PdfReadBack.All(table).Where(e => e.Type == "TH").ToList();
            Assert.Equal(3, headers.Count);
            foreach (var th in headers)
            {
                var attributes = pdf.Resolve<DictionaryToken>(th.Dictionary.Data["A"]);
                Assert.Equal("Column", ((NameToken)attributes.Data["Scope"]).Data);
            }
            Assert.True(Marks(table).Select(m => m.Page).Distinct().Count() >= 3);
        }
    }

    [Fact]
    public void A_footnote_is_a_Note_with_an_ID_and_a_label_read_after_the_paragraph_that_cites_it()
    {
        var md = "First paragraph cites a note.[^a]\n\nSecond paragraph.\n\n[^a]: The note's own text.";
        var tree = Tree(md, out var pdf);
        using (pdf)
        {
            var document = Assert.Single(tree.Children);
            Assert.Equal(["P", "Note", "P"], document.Children.Select(e => e.Type));
            var note = document.Children[1];
            Assert.Equal("fn-1", ((StringToken)note.Dictionary.Data["ID"]).Data);
            Assert.Equal(["Lbl", "P"], note.Children.Select(e => e.Type));
            Assert.True(pdf.Resolve<DictionaryToken>(pdf.Document.Structure.Catalog.CatalogDictionary.Data["StructTreeRoot"]).Data.ContainsKey("IDTree"));
        }
    }

    [Fact]
    public void Ordered_and_bulleted_lists_say_how_they_are_numbered()
    {
        var tree = Tree("1. one\n2. two\n\nText.\n\n- a\n- b\n", out var pdf);
        using (pdf)
        {
            var lists = PdfReadBack.All(tree).Where(e => e.Type == "L").ToList();
            Assert.Equal(["Decimal", "Disc"], lists.Select(l => ((NameToken)pdf.Resolve<DictionaryToken>(l.Dictionary.Data["A"]).Data["ListNumbering"]).Data));
        }
    }

    [Fact]
    public void A_word_broken_by_a_hyphen_reads_whole()
    {
        // A narrow, justified column forces hyphenation of long words.
        var md = "---\ntitle: T\n---\n\n" + string.Join(" ", Enumerable.Repeat("internationalisation counterintelligence telecommunications", 30));
        var tree = Tree(md, out var pdf);
        using (pdf)
        {
            var spans = PdfReadBack.All(tree).Where(e => e.Type == "Span").ToList();
            Assert.NotEmpty(spans);
            foreach (var span in spans)
            {
                var actual = ((StringToken)span.Dictionary.Data["ActualText"]).Data;
                Assert.DoesNotContain("-", actual);
                Assert.True(actual.Length > 0);
            }
        }
    }

    [Fact]
    public void The_table_of_contents_is_TOC_TOCI_Reference_Link_and_every_link_owns_its_annotation()
    {
        var md = "---\ntitle: T\ntoc: true\n---\n\n# One\n\nText.\n\n# Two\n\nText [here](#one).\n";
        var tree = Tree(md, out var pdf);
        using (pdf)
        {
            var toc = Assert.Single(PdfReadBack.All(tree), e => e.Type == "TOC");
            Assert.All(toc.Children, item =>
            {
                Assert.Equal("TOCI", item.Type);
                var reference = Assert.Single(item.Children);
                Assert.Equal("Reference", reference.Type);
                Assert.All(reference.Children, link => Assert.Equal("Link", link.Type));
            });
            int owned = PdfReadBack.All(tree).Sum(e => e.Annotations);
            int annotations = pdf.Document.GetPages().Sum(p => p.GetAnnotations().Count());
            Assert.Equal(annotations, owned);
            Assert.All(PdfReadBack.All(tree).Where(e => e.Annotations > 0), e => Assert.Equal("Link", e.Type));
        }
    }
}

/// <summary>Marked content and the content stream's own nesting (PDF/UA: no marked content across BT/ET or q/Q).</summary>
public class PdfContentNestingTests
{
    [Fact]
    public void Marked_content_never_crosses_a_text_object_or_a_saved_graphics_state()
    {
        var result = Render.Pdf(File.ReadAllText(Path.Combine(Render.SampleDirectory, "engine-sample.md")), Render.SampleDirectory);
        using var pdf = new PdfReadBack(result.Bytes!);
        foreach (var page in pdf.Document.GetPages())
        {
            var stack = new Stack<string>();
            foreach (var op in page.Operations.Select(o => o.Operator))
            {
                string? opens = op switch { "BT" => "BT", "q" => "q", "BMC" or "BDC" => "MC", _ => null };
                string? closes = op switch { "ET" => "BT", "Q" => "q", "EMC" => "MC", _ => null };
                if (opens is not null) stack.Push(opens);
                else if (closes is not null)
                {
                    Assert.True(stack.Count > 0, $"page {page.Number}: {op} closes nothing");
                    Assert.True(stack.Peek() == closes, $"page {page.Number}: {op} closes {stack.Peek()}, which crosses it");
                    stack.Pop();
                }
            }
            Assert.DoesNotContain("MC", stack);
        }
    }
}

/// <summary>Text in another script carries its own language, in the PDF's tags and the HTML alike.</summary>
public class LanguageTagTests
{
    [Fact]
    public void Greek_and_Cyrillic_words_in_an_English_document_are_tagged_in_pdf_and_html()
    {
        const string md = "Athens is Αθήνα and Moscow is Москва.\n";
        var result = Render.Pdf(md);
        using var pdf = new PdfReadBack(result.Bytes!);
        var langs = PdfReadBack.All(pdf.StructureTree()).Where(e => e.Type == "Span")
            .Select(e => ((UglyToad.PdfPig.Tokens.StringToken)e.Dictionary.Data["Lang"]).Data).ToList();
        Assert.Equal(["el", "und-Cyrl"], langs);

        var html = System.Text.Encoding.UTF8.GetString(Render.Typesetter.RenderHtml(new RenderRequest(md, "t.md")).Bytes!);
        Assert.Contains("<span lang=\"el\">Αθήνα</span>", html);
        Assert.Contains("<span lang=\"und-Cyrl\">Москва.</span>", html);
    }

    [Fact]
    public void Words_in_the_documents_own_script_are_not_tagged()
    {
        var result = Render.Pdf("---\nlanguage: el\n---\n\nΗ Αθήνα είναι πόλη.\n");
        using var pdf = new PdfReadBack(result.Bytes!);
        Assert.DoesNotContain(PdfReadBack.All(pdf.StructureTree()), e => e.Type == "Span");
    }
}
