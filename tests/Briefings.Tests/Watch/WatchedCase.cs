using System.Net;
using System.Net.Sockets;
using System.Text;
using Briefings.Cli;
using Briefings.Cli.Watch;
using Briefings.Runs;

namespace Briefings.Tests.Watch;

/// <summary>
/// A scratch copy of the repository's sources and templates with `watch` running on one of its cases in
/// process, until disposed: what it logs, the PDF it keeps current, and ways to edit its files.
/// </summary>
internal sealed class WatchedCase : IDisposable
{
    public WatchedCase(string caseId, int? port = null)
    {
        Root = Path.Combine(Path.GetTempPath(), $"briefings-watch-{Guid.NewGuid():N}");
        TestFolders.Copy(TestPaths.RepositorySources, Sources);
        TestFolders.Copy(TestPaths.RepositoryTemplates, Templates);
        Pdf = Path.Combine(Root, "out", caseId + ".pdf");
        var formats = port is null ? new[] { OutputFormat.Pdf } : [OutputFormat.Pdf, OutputFormat.Html];
        var target = new CaseTarget(new CaseRequest(Sources, Templates, caseId, null, formats, false, null), Pdf);
        Run = new WatchRun(target, port);
    }

    public string Root { get; }

    public string Sources => Path.Combine(Root, "sources");

    public string Templates => Path.Combine(Root, "templates");

    public string Pdf { get; }

    public WatchRun Run { get; }

    public string Document(string id) => Path.Combine(Sources, "documents", id + ".yaml");

    /// <summary>The 1-based line of <paramref name="file"/> that starts with <paramref name="start"/>.</summary>
    public static int LineOf(string file, string start) =>
        File.ReadAllLines(file).Select((line, i) => (line, i)).First(l => l.line.StartsWith(start, StringComparison.Ordinal)).i + 1;

    /// <summary>Saves <paramref name="file"/> with one text replaced, as an editor would (whole file rewritten).</summary>
    public static void Edit(string file, string from, string to)
    {
        var text = File.ReadAllText(file);
        Assert.Contains(from, text);
        File.WriteAllText(file, text.Replace(from, to));
    }

    public void Dispose()
    {
        Run.Dispose();
        Directory.Delete(Root, recursive: true);
    }

    /// <summary>Every word of the PDF, hyphens at line ends rejoined, or "" while there is none.</summary>
    public string PdfText()
    {
        if (!File.Exists(Pdf)) return "";
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(File.ReadAllBytes(Pdf));
        var text = new StringBuilder();
        foreach (var page in pdf.GetPages())
            foreach (var word in page.GetWords()) text.Append(word.Text.TrimEnd('-')).Append(' ');
        return text.ToString();
    }

    /// <summary>A port nobody listens on now.</summary>
    public static int FreePort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }
}
