using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Briefings.Templates;

/// <summary>
/// A function templates call (date, plural, cite…), written without reflection so it works the same under
/// native AOT. Wrong arguments are the template author's mistake: they fail at the call's file:line:column
/// with the function's usage example.
/// </summary>
internal sealed class TemplateFunction(string name, int required, int most, string example, Func<FunctionCall, object?> body) : IScriptCustomFunction
{
    public string Name => name;

    public string Example => example;

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        var span = callerContext?.Span ?? context.CurrentSpan;
        if (arguments.Count < required || arguments.Count > most)
            throw new ScriptRuntimeException(span, $"{name} takes {Count()}, e.g. {example}");
        return body(new FunctionCall(name, example, span, context, arguments));
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));

    public int RequiredParameterCount => required;

    public int ParameterCount => most;

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.Direct;

    public Type ReturnType => typeof(object);

    public ScriptParameterInfo GetParameterInfo(int index) => new(typeof(object), $"value{index + 1}");

    private string Count() => required == most
        ? $"{required} value{(required == 1 ? "" : "s")}"
        : $"{required} to {most} values";
}

/// <summary>One call of a <see cref="TemplateFunction"/>: its arguments, and a way to fail at the call.</summary>
internal sealed record FunctionCall(string Name, string Example, SourceSpan At, TemplateContext Context, ScriptArray Arguments)
{
    public object? this[int index] => index < Arguments.Count ? Arguments[index] : null;

    public int Count => Arguments.Count;

    public ScriptRuntimeException Error(string message) => new(At, $"{message}; e.g. {Example}");
}
