using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Briefings.Templates;

/// <summary>
/// Scriban's <c>include</c>, wrapped: the partial's output is already escaped where it inserted values, so
/// it is handed back as <see cref="RawMarkdown"/> and not escaped a second time. It also limits how deep partials
/// nest and records, for an error inside a partial, where that partial was included.
/// </summary>
internal sealed class IncludeAsMarkup(IScriptCustomFunction include) : IScriptCustomFunction
{
    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        var markdown = (MarkdownContext)context;
        var at = callerContext?.Span ?? context.CurrentSpan;
        if (markdown.Includes.Count >= MarkdownContext.IncludeDepth)
            throw new ScriptRuntimeException(at, $"partials nest more than {MarkdownContext.IncludeDepth} deep here; does a partial include itself?");
        markdown.EnterInclude(at);
        try
        {
            return new RawMarkdown(context.ObjectToString(include.Invoke(context, callerContext, arguments, blockStatement)) ?? "");
        }
        catch (ScriptRuntimeException)
        {
            markdown.NoteFailure();
            throw;
        }
        finally
        {
            markdown.LeaveInclude();
        }
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));

    public int RequiredParameterCount => include.RequiredParameterCount;

    public int ParameterCount => include.ParameterCount;

    public ScriptVarParamKind VarParamKind => include.VarParamKind;

    public Type ReturnType => typeof(object);

    public ScriptParameterInfo GetParameterInfo(int index) => include.GetParameterInfo(index);
}
