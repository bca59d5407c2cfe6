namespace Briefings.Tests.Cli;

/// <summary>
/// `build --markdown` writes the brief as one Markdown file that renders alone: the metadata and figures the
/// build hands the engine typed are written out as front matter and chart fences, and `render` of that file
/// gives the very same PDF.
/// </summary>
public class MarkdownExportTests
{
    [Fact]
    public void The_written_markdown_renders_to_the_same_pdf_as_the_build()
    {
        var folder = Directory.CreateTempSubdirectory("briefings-export-").FullName;
        try
        {
            var (built, markdown, rendered) = (Path.Combine(folder, "built.pdf"), Path.Combine(folder, "brief.md"), Path.Combine(folder, "rendered.pdf"));
            Assert.Equal(0, Cli.Run("build", "caliphate-book-2015", "--sources", TestPaths.RepositorySources, "--templates", TestPaths.RepositoryTemplates,
                "-o", built, "--markdown", markdown).Exit);
            var text = File.ReadAllText(markdown);
            Assert.StartsWith("---\ntitle: \"The caliphate book: a network of their own, gone within days\"\n", text);
            Assert.Contains("```chart\ntype: timeline\n", text);
            Assert.DoesNotContain("```figure", text);

            var render = Cli.Run("render", markdown, "-o", rendered, "--theme", Path.Combine(TestPaths.RepositoryTemplates, "theme.yaml"));
            Assert.Equal(0, render.Exit);
            Assert.Equal(File.ReadAllBytes(built), File.ReadAllBytes(rendered));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Build_reports_template_problems_at_file_line_column_and_writes_nothing()
    {
        var templates = Directory.CreateTempSubdirectory("briefings-templates-").FullName;
        try
        {
            foreach (var file in Directory.GetFiles(TestPaths.RepositoryTemplates, "*", SearchOption.AllDirectories))
            {
                var target = Path.Combine(templates, Path.GetRelativePath(TestPaths.RepositoryTemplates, file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }
            var partial = Path.Combine(templates, "partials", "bans.sbn-md");
            File.WriteAllText(partial, File.ReadAllText(partial).Replace("{{ b.text }}", "{{ b.txt }}"));
            var output = Path.Combine(templates, "out.pdf");

            var result = Cli.Run("build", "caliphate-book-2015", "--sources", TestPaths.RepositorySources, "--templates", templates, "-o", output);

            Assert.Equal(1, result.Exit);
            Assert.Contains($"{templates}/partials/bans.sbn-md:5:", result.Error);
            Assert.Contains("unknown field 'txt' on ban; did you mean 'text'? (in a partial included at", result.Error);
            Assert.False(File.Exists(output));
        }
        finally
        {
            Directory.Delete(templates, recursive: true);
        }
    }
}
