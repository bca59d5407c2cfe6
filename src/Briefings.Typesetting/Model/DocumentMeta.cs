namespace Briefings.Typesetting.Model;

public enum Paper { A4, Letter }

/// <summary>What the YAML front matter says about the document as a whole.</summary>
public sealed record DocumentMeta
{
    /// <summary>From the front matter, else the first heading, else the file name.</summary>
    public string Title { get; init; } = "Untitled";
    /// <summary>Whether page one opens with a title block (only when the front matter gives a title).</summary>
    public bool HasTitleBlock { get; init; }
    public string? Subtitle { get; init; }
    public string? Author { get; init; }
    /// <summary>Printed as written; the engine never reads the clock.</summary>
    public string? Date { get; init; }
    /// <summary>
    /// The document's date as a date, when a caller has it typed (a brief's assessment date): the PDF's
    /// creation date, where <see cref="Date"/> is only words to print.
    /// </summary>
    public DateOnly? Issued { get; init; }
    public string? Marking { get; init; }
    public Paper Paper { get; init; } = Paper.A4;
    public string Language { get; init; } = "en-GB";
    public bool Toc { get; init; }
    public string? Subject { get; init; }
    public string? Keywords { get; init; }
    public bool? Justify { get; init; }
}
