using System.Text;

namespace Briefings.Cli.Watch;

/// <summary>
/// What the preview serves: the HTML twin as built, with a small script added that listens for rebuilds.
/// After a good rebuild the page reloads itself; after a failed one it shows the problems, at
/// file:line:column, over the last good page, in an alert that screen readers announce. The file
/// written to disk never carries the script.
/// </summary>
internal static class PreviewPage
{
    /// <summary>The page for a build that failed before any succeeded: nothing to show but the problems.</summary>
    public static byte[] Waiting(string name) => WithScript(Encoding.UTF8.GetBytes(
        $"<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>{Escape(name)}: waiting for a good build</title>\n</head>\n<body>\n" +
        $"<main><h1>{Escape(name)}</h1><p>No good build yet. This page shows the brief as soon as one succeeds.</p></main>\n</body>\n</html>\n"), 0);

    /// <summary><paramref name="html"/> with the reload script before its closing body tag.</summary>
    public static byte[] WithScript(byte[] html, int version)
    {
        var text = Encoding.UTF8.GetString(html);
        var at = text.LastIndexOf("</body>", StringComparison.Ordinal);
        if (at < 0) at = text.Length;
        return Encoding.UTF8.GetBytes(string.Concat(text.AsSpan(0, at), Script(version), text.AsSpan(at)));
    }

    private static string Script(int version) => $$"""
<div id="briefings-preview-problems" role="alert" hidden style="position:fixed;top:0;left:0;right:0;max-height:60vh;overflow:auto;margin:0;padding:1em 1.5em;background:#fff4f4;color:#5c0000;border-bottom:3px solid #b00020;font:14px/1.4 system-ui,sans-serif;box-shadow:0 2px 8px rgba(0,0,0,.3);z-index:2147483647"></div>
<script>
(() => {
  const shown = {{version}};
  const box = document.getElementById("briefings-preview-problems");
  const events = new EventSource("/events");
  events.onmessage = (message) => {
    const state = JSON.parse(message.data);
    if (state.ok && state.version !== shown) { location.reload(); return; }
    if (state.ok) { box.hidden = true; return; }
    box.replaceChildren();
    const heading = document.createElement("h2");
    heading.style.margin = "0 0 .5em";
    heading.textContent = state.summary;
    const list = document.createElement("pre");
    list.style.whiteSpace = "pre-wrap";
    list.style.margin = "0";
    list.textContent = state.problems.join("\n");
    box.append(heading, list);
    box.hidden = false;
  };
})();
</script>

""";

    private static string Escape(string text) => System.Net.WebUtility.HtmlEncode(text);
}
