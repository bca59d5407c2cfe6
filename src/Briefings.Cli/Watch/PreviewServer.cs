using System.Net;
using System.Text;
using System.Text.Json;

namespace Briefings.Cli.Watch;

/// <summary>
/// Serves the HTML twin of what `watch` builds on 127.0.0.1 only, and tells open pages about each
/// rebuild through server-sent events (/events). It answers only requests addressed to 127.0.0.1:port (the
/// listener's prefix and the Host header both say so), so a page elsewhere cannot reach the brief by pointing
/// a host name at this machine.
/// </summary>
internal sealed class PreviewServer : IDisposable
{
    private readonly HttpListener _listener;
    private readonly Lock _lock = new();
    private readonly List<HttpListenerResponse> _listeners = [];
    private byte[] _page;
    private byte[] _state;
    private int _version;

    private PreviewServer(HttpListener listener, int port, string name)
    {
        (_listener, Port) = (listener, port);
        _page = PreviewPage.Waiting(name);
        _state = State(0, ok: false, "Waiting for the first build", []);
    }

    public int Port { get; }

    public string Url => $"http://127.0.0.1:{Port}/";

    /// <summary>Starts serving; a port that is taken or not allowed is the user's to change (a <see cref="UsageException"/>).</summary>
    public static PreviewServer Start(int port, string name)
    {
        var listener = new HttpListener();
        listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        try
        {
            listener.Start();
        }
        catch (HttpListenerException e)
        {
            throw new UsageException($"--serve cannot listen on 127.0.0.1:{port} ({e.Message}); pass another port, e.g. --serve {(port == 8765 ? 8766 : 8765)}");
        }
        var server = new PreviewServer(listener, port, name);
        _ = server.Accept();
        return server;
    }

    /// <summary>After a build: a good one becomes the page (open pages reload); a failed one is shown over the last good page.</summary>
    public void Publish(BuildResult result)
    {
        lock (_lock)
        {
            if (result.Succeeded && result.Files.FirstOrDefault(f => f.Format == Runs.OutputFormat.Html) is { } html)
            {
                _version++;
                _page = PreviewPage.WithScript(html.Bytes, _version);
                _state = State(_version, ok: true, "Current", []);
            }
            else
            {
                var problems = result.Problems.Select(p => p.ToString()).Concat(result.Failure is { } f ? [f] : []).ToList();
                _state = State(_version, ok: false, $"The last rebuild failed ({DiagnosticReport.Counts(result.Problems)}); this page is the last good build", problems);
            }
            foreach (var response in _listeners.ToList()) Send(response, _state);
        }
    }

    public void Dispose()
    {
        lock (_lock)
        {
            foreach (var response in _listeners) response.Abort();
            _listeners.Clear();
        }
        _listener.Close();
    }

    private async Task Accept()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }
            Answer(context);
        }
    }

    private void Answer(HttpListenerContext context)
    {
        var (request, response) = (context.Request, context.Response);
        response.Headers["Cache-Control"] = "no-store";
        response.Headers["X-Content-Type-Options"] = "nosniff";
        // The listener's prefix already matches the host; checking the Host header here as well keeps a page
        // that points its own name at this machine (DNS rebinding) away from the brief whatever the listener does.
        if (request.Headers["Host"] != $"127.0.0.1:{Port}")
        {
            Close(response, 404, "text/plain; charset=utf-8", "not found\n"u8.ToArray());
            return;
        }
        if (request.HttpMethod != "GET")
        {
            Close(response, 405, "text/plain; charset=utf-8", "only GET\n"u8.ToArray());
            return;
        }
        switch (request.Url?.AbsolutePath)
        {
            case "/":
                lock (_lock) Close(response, 200, "text/html; charset=utf-8", _page);
                break;
            case "/events":
                response.ContentType = "text/event-stream";
                response.SendChunked = true;
                lock (_lock)
                {
                    if (Send(response, _state)) _listeners.Add(response);
                }
                break;
            default:
                Close(response, 404, "text/plain; charset=utf-8", Encoding.UTF8.GetBytes($"not found; the brief is at {Url}\n"));
                break;
        }
    }

    private static void Close(HttpListenerResponse response, int status, string type, byte[] body)
    {
        try
        {
            response.StatusCode = status;
            response.ContentType = type;
            response.ContentLength64 = body.Length;
            response.OutputStream.Write(body);
            response.Close();
        }
        catch (Exception e) when (e is HttpListenerException or IOException or ObjectDisposedException)
        {
            // The browser went away mid-answer; it will ask again.
        }
    }

    /// <summary>One event to one open page; a page that has gone away is forgotten.</summary>
    private bool Send(HttpListenerResponse response, byte[] state)
    {
        try
        {
            response.OutputStream.Write(state);
            response.OutputStream.Flush();
            return true;
        }
        catch (Exception e) when (e is HttpListenerException or IOException or ObjectDisposedException)
        {
            _listeners.Remove(response);
            return false;
        }
    }

    private static byte[] State(int version, bool ok, string summary, IReadOnlyList<string> problems)
    {
        using var buffer = new MemoryStream();
        buffer.Write("data: "u8);
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteNumber("version", version);
            json.WriteBoolean("ok", ok);
            json.WriteString("summary", summary);
            json.WriteStartArray("problems");
            foreach (var problem in problems) json.WriteStringValue(problem);
            json.WriteEndArray();
            json.WriteEndObject();
        }
        buffer.Write("\n\n"u8);
        return buffer.ToArray();
    }
}
