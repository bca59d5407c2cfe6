namespace Briefings.Typesetting.Model;

public enum Paper { A4, Letter }

/// <summary>What the YAML front matter says about the document as a whole.</summary>
public sealed record DocumentMeta
{
    public string Title { get; init; } = "Untitled";
    public string? Subtitle { get; init; }
    public string? Author { get; init; }
    /// <summary>Printed as written; the engine never reads the clock.</summary>
    public string? Date { get; init; }
    public string? Marking { get; init; }
    public Paper Paper { get; init; } = Paper.A4;
    public string Language { get; init; } = "en-GB";
    public bool Toc { get; init; }
    public string? Subject { get; init; }
    public string? Keywords { get; init; }
    public bool? Justify { get; init; }
}
