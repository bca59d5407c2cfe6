using Scriban;
using Scriban.Parsing;

namespace Briefings.Templates;

/// <summary>
/// The one place that knows how values are written into a template's Markdown: every value from data is
/// escaped so it prints literally; <see cref="RawMarkdown"/> (a partial's output, citations, links, figures) is
/// written as is; template text itself never passes through here. It also keeps the chain of includes
/// being rendered, so an error inside a partial can say where that partial was included. One per render.
/// </summary>
internal sealed class MarkdownContext : TemplateContext
{
    private readonly Stack<SourceSpan> _includes = new();

    /// <summary>
    /// Scriban counts loop steps for a whole render, summed over nested loops and built-in array functions.
    /// A brief walks its events, paths and sources a handful of times; a million steps lets a case with tens
    /// of thousands of events render while still stopping a runaway loop.
    /// </summary>
    public const int LoopSteps = 1_000_000;

    /// <summary>Partials may include partials, this deep; deeper is almost surely a partial including itself.</summary>
    public const int IncludeDepth = 10;

    public MarkdownContext()
    {
        StrictVariables = true;
        // Without this an unknown member of a record (case.titel) renders as nothing instead of failing.
        EnableRelaxedMemberAccess = false;
        LoopLimit = LoopSteps;
        // The default (1 MB) silently cuts the output short with "..."; a big case's Markdown may be longer.
        LimitToString = 0;
        // An include's lines are written as the partial has them; indentation is the partial's business.
        AutoIndent = false;
    }

    /// <summary>Where each partial being rendered was included, innermost last; kept from the first error.</summary>
    public IReadOnlyList<SourceSpan>? FailedIncludes { get; private set; }

    public IReadOnlyCollection<SourceSpan> Includes => _includes;

    public void EnterInclude(SourceSpan at) => _includes.Push(at);

    public void LeaveInclude() => _includes.Pop();

    public void NoteFailure() => FailedIncludes ??= _includes.Reverse().ToList();

    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        switch (textAsObject)
        {
            case null: break;
            case RawMarkdown markup: Write(markup.Text); break;
            default: Write(MarkdownText.Escape(ObjectToString(textAsObject) ?? "")); break;
        }
        return this;
    }
}
