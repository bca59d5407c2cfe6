using Briefings.Problems;
using Scriban;
using Scriban.Parsing;
using Scriban.Syntax;
using Briefings.Typesetting;

namespace Briefings.Templates;

/// <summary>
/// Walks the parsed templates against the view model before anything renders, so mistakes that Scriban
/// would only meet at run time (or never, in a branch this case does not take) are reported at their
/// file:line:column: an unknown variable or function, an unknown member of a record (with "did you mean"),
/// a missing partial, a partial that includes itself. Partials are walked where they are included, with the
/// variables in scope there, and their problems say where that was.
/// </summary>
internal sealed class TemplateChecker : ScriptVisitor
{
    private readonly IReadOnlyDictionary<string, Template> _partials;
    private readonly TemplateSet _templates;
    private readonly ObjectSchema _root;
    private readonly HashSet<string> _globals;
    private readonly List<Dictionary<string, SchemaType>> _scopes = [];
    private readonly List<(string Name, SourceSpan At)> _includes = [];
    private readonly List<Diagnostic> _problems = [];

    /// <summary>The model as a whole, for fields whose names Scriban reserves: model.case.</summary>
    public const string ModelName = "model";

    /// <summary>What Scriban itself gives every list and text: its length, and whether it is empty.</summary>
    private static readonly string[] ValueMembers = ["size", "empty?"];

    private TemplateChecker(TemplateSet templates, IReadOnlyDictionary<string, Template> partials, ObjectSchema root, IEnumerable<string> globals)
    {
        (_templates, _partials, _root) = (templates, partials, root);
        _globals = [.. globals];
    }

    /// <param name="globals">Names that exist besides the model's fields: functions, Scriban's built-ins, and what the templates assign or define.</param>
    public static IReadOnlyList<Diagnostic> Check(TemplateSet templates, Template main, IReadOnlyDictionary<string, Template> partials, SchemaType model, IEnumerable<string> globals)
    {
        var root = model as ObjectSchema ?? throw new ArgumentException("a template model is a record", nameof(model));
        var checker = new TemplateChecker(templates, partials, root, globals.Concat(Assigned(main.Page!)).Concat(partials.Values.SelectMany(p => Assigned(p.Page!))));
        checker.Visit(main.Page);
        return checker._problems.Distinct().ToList();
    }

    public override void Visit(ScriptForStatement node)
    {
        Visit(node.Iterator);
        var element = TypeOf(node.Iterator) is ListSchema list ? list.Element : new AnySchema();
        _scopes.Add(node.Variable is ScriptVariable v ? new() { [v.Name] = element } : []);
        Visit(node.Body);
        _scopes.RemoveAt(_scopes.Count - 1);
        Visit(node.Else);
    }

    public override void Visit(ScriptFunction node)
    {
        // Parameters are in scope inside the body only; what they hold is not known until it is called.
        _scopes.Add(node.Parameters?.Select(p => p.Name).OfType<ScriptVariable>().ToDictionary(v => v.Name, _ => (SchemaType)new AnySchema()) ?? []);
        Visit(node.Body);
        _scopes.RemoveAt(_scopes.Count - 1);
    }

    public override void Visit(ScriptAssignExpression node)
    {
        Visit(node.Value);
        if (node.Target is ScriptVariable v && _scopes.Count > 0) _scopes[^1][v.Name] = TypeOf(node.Value);
        else if (node.Target is not ScriptVariable) Visit(node.Target);
    }

    public override void Visit(ScriptVariableGlobal node)
    {
        if (Known(node.Name)) return;
        var candidates = _root.Fields.Keys.Concat(_globals).Concat(_scopes.SelectMany(s => s.Keys)).Distinct();
        Report(node.Span, ProblemCodes.UnknownHelper,
            $"'{node.Name}' is not a field, variable or function here{DidYouMean.Suffix(node.Name, candidates)}");
    }

    /// <summary>In an object literal ({ title: … }) the keys are names, not variables.</summary>
    public override void Visit(ScriptObjectMember node) => Visit(node.Value);

    public override void Visit(ScriptMemberExpression node)
    {
        Visit(node.Target);
        var target = TypeOf(node.Target);
        var member = node.Member?.Name ?? "";
        switch (target)
        {
            case ListSchema or LeafSchema when ValueMembers.Contains(member):
                break;
            case ObjectSchema record when !record.Fields.ContainsKey(member):
                Report(node.Member!.Span, ProblemCodes.UnknownTemplateField, $"unknown field '{member}' on {record.Name}" +
                    (DidYouMean.Nearest(member, record.Fields.Keys) is { } near ? $"; did you mean '{near}'?" : $"; its fields are: {string.Join(", ", record.Fields.Keys.Order(StringComparer.Ordinal))}"));
                break;
            case ListSchema list:
                Report(node.Member!.Span, ProblemCodes.UnknownTemplateField, $"'{member}' is read from {list.Name}, which has no fields; walk it with for … in, or use .size");
                break;
            case LeafSchema leaf:
                Report(node.Member!.Span, ProblemCodes.UnknownTemplateField, $"'{member}' is read from {leaf.Name}, which has no fields");
                break;
        }
    }

    public override void Visit(ScriptFunctionCall node)
    {
        if (node.Target is ScriptVariableGlobal { Name: "include" } && node.Arguments.Count > 0 && node.Arguments[0] is ScriptLiteral { Value: string name })
            Include(name, node.Span);
        base.Visit(node);
    }

    private void Include(string name, SourceSpan at)
    {
        if (PartialLoader.Check(_templates, name) is { } problem)
        {
            Report(at, ProblemCodes.MissingPartial, problem);
            return;
        }
        if (_includes.Any(i => i.Name == name))
        {
            Report(at, ProblemCodes.IncludeRecursion,
                $"partial '{name}' includes itself (through {string.Join(" → ", _includes.Select(i => i.Name).SkipWhile(n => n != name).Append(name))}); it would never finish");
            return;
        }
        if (_includes.Count >= MarkdownContext.IncludeDepth)
        {
            Report(at, ProblemCodes.IncludeRecursion, $"partials nest more than {MarkdownContext.IncludeDepth} deep here");
            return;
        }
        if (!_partials.TryGetValue(name, out var partial)) return; // it did not parse; that is reported already
        _includes.Add((name, at));
        Visit(partial.Page);
        _includes.RemoveAt(_includes.Count - 1);
    }

    private bool Known(string name) =>
        name is "for" or "tablerow" or "while" or ModelName || _root.Fields.ContainsKey(name) || _globals.Contains(name) || _scopes.Any(s => s.ContainsKey(name));

    private SchemaType TypeOf(ScriptNode? node) => node switch
    {
        ScriptThisExpression => _root,
        ScriptVariableGlobal { Name: ModelName } when !_scopes.Any(s => s.ContainsKey(ModelName)) => _root,
        ScriptVariableGlobal v => Lookup(v.Name),
        ScriptMemberExpression m => TypeOf(m.Target) is ObjectSchema o && m.Member is { } name && o.Fields.TryGetValue(name.Name, out var field) ? field : new AnySchema(),
        ScriptNestedExpression n => TypeOf(n.Expression),
        _ => new AnySchema(),
    };

    private SchemaType Lookup(string name)
    {
        for (var i = _scopes.Count - 1; i >= 0; i--)
            if (_scopes[i].TryGetValue(name, out var type)) return type;
        return _root.Fields.GetValueOrDefault(name) ?? new AnySchema();
    }

    private void Report(SourceSpan at, string code, string message) =>
        _problems.Add(Diagnostic.Error(TemplateProblems.Where(at), code, message + TemplateProblems.IncludedFrom(_includes.Select(i => i.At))));

    /// <summary>Names a template assigns (x = …, capture x) or defines (func x), wherever they are: usable anywhere after.</summary>
    private static IEnumerable<string> Assigned(ScriptNode node)
    {
        switch (node)
        {
            case ScriptAssignExpression { Target: ScriptVariable v }: yield return v.Name; break;
            case ScriptCaptureStatement { Target: ScriptVariable v }: yield return v.Name; break;
            case ScriptFunction { NameOrDoToken: ScriptVariable v }: yield return v.Name; break;
        }
        for (var i = 0; i < node.ChildrenCount; i++)
            if (node.GetChildren(i) is { } child)
                foreach (var name in Assigned(child)) yield return name;
    }
}
