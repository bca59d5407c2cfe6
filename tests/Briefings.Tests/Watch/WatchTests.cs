using Briefings.Cli;

namespace Briefings.Tests.Watch;

/// <summary>`briefings watch`: rebuilds on the saves that matter, keeps the last good PDF, stops cleanly.</summary>
public sealed class WatchTests
{
    private const string Case = "caliphate-book-2015";
    private const string Document = "itproportal-caliphate-book-offline";

    private static string Sample => Path.Combine(TestPaths.Repository, "samples", "wave.png");

    [Fact]
    public void A_saved_document_gives_a_new_pdf_with_its_new_text()
    {
        using var watch = new WatchedCase(Case);
        watch.Run.Until(() => watch.Run.GoodBuilds == 1, "the first build");
        Assert.DoesNotContain("Quokka", watch.PdfText());

        WatchedCase.Edit(watch.Document(Document), "alternative Facebook", "alternative Quokka");
        watch.Run.Until(() => watch.PdfText().Contains("Quokka"), "the new title in the PDF");
        Assert.Contains($"changed: {Path.GetRelativePath(Environment.CurrentDirectory, watch.Document(Document))}", watch.Run.Log);
        Assert.Equal(0, watch.Run.Stop());
        Assert.EndsWith("stopped" + Environment.NewLine, watch.Run.Log);
    }

    [Fact]
    public void A_broken_save_keeps_the_last_good_pdf_and_says_where_the_problem_is()
    {
        using var watch = new WatchedCase(Case);
        watch.Run.Until(() => watch.Run.GoodBuilds == 1, "the first build");
        var good = File.ReadAllBytes(watch.Pdf);

        WatchedCase.Edit(watch.Document(Document), "\ntitle: ", "\ntitel: ");
        watch.Run.Until(() => watch.Run.Log.Contains("not rebuilt"), "the failed rebuild");
        Assert.Contains($"{Document}.yaml:{WatchedCase.LineOf(watch.Document(Document), "titel:")}:1: error unknown-field: unknown field 'titel' in document; did you mean 'title'?", watch.Run.Log);
        Assert.Contains("is still the last good build", watch.Run.Log);
        Assert.Equal(good, File.ReadAllBytes(watch.Pdf));

        WatchedCase.Edit(watch.Document(Document), "\ntitel: Islamic State alternative Facebook", "\ntitle: Islamic State alternative Wombat");
        watch.Run.Until(() => watch.PdfText().Contains("Wombat"), "the PDF rebuilt once the file is fixed");
        Assert.Equal(2, watch.Run.GoodBuilds);
    }

    [Fact]
    public void Saves_that_change_no_input_rebuild_nothing()
    {
        using var watch = new WatchedCase(Case);
        watch.Run.Until(() => watch.Run.GoodBuilds == 1, "the first build");
        var document = watch.Document(Document);
        File.WriteAllText(document, File.ReadAllText(document));           // saved unchanged
        File.WriteAllText(Path.Combine(watch.Sources, "notes.txt"), "x");  // not an input
        File.WriteAllText(Path.Combine(watch.Sources, "documents", ".draft.yaml.swp"), "x");
        Thread.Sleep(1500);
        Assert.Equal(1, watch.Run.GoodBuilds);
        Assert.DoesNotContain("changed:", watch.Run.Log);

        // A template is an input too.
        WatchedCase.Edit(Path.Combine(watch.Templates, "displacement-brief.sbn-md"), "\n", "\n\n");
        watch.Run.Until(() => watch.Run.GoodBuilds == 2, "a rebuild after a template edit");
    }

    [Fact]
    public void A_theme_edit_takes_effect_and_a_broken_theme_keeps_the_last_good_pdf()
    {
        using var watch = new WatchedCase(Case);
        watch.Run.Until(() => watch.Run.GoodBuilds == 1, "the first build");
        var before = File.ReadAllBytes(watch.Pdf);
        var theme = Path.Combine(watch.Templates, "theme.yaml");

        WatchedCase.Edit(theme, "body_size: 10.5", "body_size: 12");
        watch.Run.Until(() => watch.Run.GoodBuilds == 2, "a rebuild after the theme edit");
        var bigger = File.ReadAllBytes(watch.Pdf);
        Assert.NotEqual(before, bigger);

        WatchedCase.Edit(theme, "body_size: 12", "body_size: 400");
        watch.Run.Until(() => watch.Run.Log.Contains("not rebuilt"), "the broken theme reported");
        Assert.Contains($"theme.yaml:{WatchedCase.LineOf(theme, "body_size:")}:", watch.Run.Log);
        Assert.Equal(bigger, File.ReadAllBytes(watch.Pdf));

        WatchedCase.Edit(theme, "body_size: 400", "body_size: 10.5");
        watch.Run.Until(() => watch.Run.GoodBuilds == 3, "a rebuild with the theme restored");
        Assert.Equal(before, File.ReadAllBytes(watch.Pdf));
    }

    [Fact]
    public void A_markdown_file_is_rebuilt_when_it_or_an_image_it_shows_changes()
    {
        var folder = Directory.CreateTempSubdirectory("briefings-watch-md-").FullName;
        try
        {
            var markdown = Path.Combine(folder, "notes.md");
            Directory.CreateDirectory(Path.Combine(folder, "images"));
            var image = Path.Combine(folder, "images", "map.png");
            File.Copy(Sample, image);
            File.WriteAllText(markdown, "# Notes\n\nFirst version.\n\n![A map](images/map.png)\n");
            var target = new Briefings.Cli.Watch.MarkdownTarget(new MarkdownRequest(markdown, null, [Briefings.Runs.OutputFormat.Pdf], false, null), Path.Combine(folder, "notes.pdf"));
            using var watch = new WatchRun(target);
            void Until(int builds) => watch.Until(() => watch.GoodBuilds == builds, $"build {builds}");

            Until(1);
            File.WriteAllText(markdown, "# Notes\n\nSecond version.\n\n![A map](images/map.png)\n");
            Until(2);
            File.WriteAllBytes(image, [.. File.ReadAllBytes(image)]); // rewritten, same bytes: nothing to do
            Thread.Sleep(1000);
            Assert.Equal(2, watch.GoodBuilds);
            File.Delete(image);
            watch.Until(() => watch.Log.Contains("image 'images/map.png' not found"), "the missing image reported");
            File.Copy(Sample, image);
            Until(3);
            Assert.Equal(ExitCodes.Ok, watch.Stop());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void An_unknown_case_is_a_usage_error_at_once()
    {
        var result = Cli.Cli.Run("watch", "no-such-case", "--sources", TestPaths.RepositorySources, "--templates", TestPaths.RepositoryTemplates);
        Assert.Equal(ExitCodes.Usage, result.Exit);
        Assert.Contains("no case 'no-such-case'", result.Error);
    }

    [Fact]
    public void Standard_output_cannot_be_watched()
    {
        var result = Cli.Cli.Run("watch", Case, "-o", "-", "--sources", TestPaths.RepositorySources, "--templates", TestPaths.RepositoryTemplates);
        Assert.Equal(ExitCodes.Usage, result.Exit);
        Assert.Contains("-o - (standard output) cannot be watched", result.Error);
    }

    [Fact]
    public void A_preview_port_that_is_taken_is_a_usage_error_naming_another()
    {
        var taken = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, WatchedCase.FreePort());
        taken.Start();
        try
        {
            var port = ((System.Net.IPEndPoint)taken.LocalEndpoint).Port;
            var result = Cli.Cli.Run("watch", Case, "--serve", port.ToString(), "--sources", TestPaths.RepositorySources, "--templates", TestPaths.RepositoryTemplates);
            Assert.Equal(ExitCodes.Usage, result.Exit);
            Assert.Contains($"--serve cannot listen on 127.0.0.1:{port}", result.Error);
            Assert.Contains("pass another port", result.Error);
        }
        finally
        {
            taken.Stop();
        }
    }

    [Theory]
    [InlineData("0")]
    [InlineData("70000")]
    [InlineData("http")]
    public void A_preview_port_must_be_a_port(string port)
    {
        var result = Cli.Cli.Run("watch", Case, "--serve", port);
        Assert.Equal(ExitCodes.Usage, result.Exit);
    }

    [Fact]
    public async Task The_preview_answers_only_requests_addressed_to_127_0_0_1()
    {
        var port = WatchedCase.FreePort();
        using var watch = new WatchedCase(Case, port);
        watch.Run.Until(() => watch.Run.GoodBuilds == 1, "the first build");
        using var http = new HttpClient();
        var page = await http.GetStringAsync($"http://127.0.0.1:{port}/");
        Assert.Contains("caliphate", page, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("new EventSource(\"/events\")", page);

        // A page elsewhere that points its own host name at this machine (DNS rebinding) gets nothing.
        var rebound = new HttpRequestMessage(HttpMethod.Get, $"http://127.0.0.1:{port}/");
        rebound.Headers.Host = $"attacker.example:{port}";
        rebound.Headers.ConnectionClose = true; // each request below on a connection of its own
        var answer = await http.SendAsync(rebound);
        Assert.NotEqual(System.Net.HttpStatusCode.OK, answer.StatusCode);
        Assert.DoesNotContain("EventSource", await answer.Content.ReadAsStringAsync());
        Assert.DoesNotContain("caliphate", await answer.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);

        using var other = new HttpClient();
        var elsewhere = await other.GetAsync($"http://127.0.0.1:{port}/sources/cases");
        Assert.True(elsewhere.StatusCode == System.Net.HttpStatusCode.NotFound, $"{elsewhere.StatusCode}: {await elsewhere.Content.ReadAsStringAsync()}");
        Assert.Equal(System.Net.HttpStatusCode.MethodNotAllowed, (await other.PostAsync($"http://127.0.0.1:{port}/", new StringContent(""))).StatusCode);
    }
}
