using Briefings.Problems;
using Scriban;
using Scriban.Parsing;
using Scriban.Syntax;
using Briefings.Typesetting;

namespace Briefings.Templates;

/// <summary>Scriban's messages and errors → our located problems (1-based lines and columns, the template's path).</summary>
internal static class TemplateProblems
{
    public static Location Where(SourceSpan span) => new(span.FileName ?? "template", span.Start.Line + 1, span.Start.Column + 1);

    /// <summary>Scriban's parser messages, one per place (it often explains one mistake twice), without its position prefix.</summary>
    public static IEnumerable<Diagnostic> Parser(LogMessageBag messages) =>
        messages.Where(m => m.Type == ParserMessageType.Error)
            .GroupBy(m => Where(m.Span))
            .Select(g => Diagnostic.Error(g.Key, ProblemCodes.TemplateSyntax, Tidy(g.First().Message)));

    /// <summary>An error raised while rendering, with where the partial it happened in was included.</summary>
    public static Diagnostic Runtime(ScriptRuntimeException e, IReadOnlyList<SourceSpan>? includes)
    {
        if (e is ScriptParserRuntimeException parser && Parser(parser.ParserMessages).FirstOrDefault() is { } first) return first;
        var chain = (includes ?? []).Where(at => !at.Equals(e.Span)).ToList();
        return Diagnostic.Error(Where(e.Span), Code(e.OriginalMessage), Tidy(e.OriginalMessage) + IncludedFrom(chain));
    }

    /// <summary>" (in a partial included at a:1:1, itself included at b:2:1)", or nothing at the top level.</summary>
    public static string IncludedFrom(IEnumerable<SourceSpan> includes)
    {
        var chain = includes.Reverse().Select(Where).ToList();
        return chain.Count == 0 ? "" : $" (in a partial included at {string.Join(", itself included at ", chain)})";
    }

    private static string Code(string message) =>
        message.Contains("was not found", StringComparison.Ordinal) ? ProblemCodes.UnknownHelper
        : message.Contains("Cannot get member", StringComparison.Ordinal) ? ProblemCodes.UnknownTemplateField
        : message.Contains("loop", StringComparison.OrdinalIgnoreCase) && message.Contains("limit", StringComparison.OrdinalIgnoreCase) ? ProblemCodes.TemplateLimit
        : ProblemCodes.TemplateRuntime;

    /// <summary>Scriban writes code in backticks and angle brackets; keep its words, drop a trailing full stop for our format.</summary>
    private static string Tidy(string message) => message.TrimEnd('.', ' ');
}
