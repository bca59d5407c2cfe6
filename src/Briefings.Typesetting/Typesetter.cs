namespace Briefings.Typesetting;

/// <summary>
/// The engine's front door: Markdown in, PDF (or HTML) bytes out.
/// Parse → lay out → paint; each stage hands plain data to the next.
/// </summary>
public sealed class Typesetter
{
    private readonly Theme _theme;

    public Typesetter(Theme? theme = null) => _theme = theme ?? Theme.Default;

    public RenderResult RenderPdf(RenderRequest request) => throw new NotImplementedException();

    public RenderResult RenderHtml(RenderRequest request) => throw new NotImplementedException();
}
