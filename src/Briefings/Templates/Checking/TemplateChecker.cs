using Briefings.Problems;

namespace Briefings.Templates.Checking;

/// <summary>
/// Checks templates before they run, against the view model's schema: every unknown helper, missing
/// partial, unknown field and unbalanced block is reported at its file:line:column, including those in
/// branches this particular case would not take. (Handlebars.Net itself is lenient about missing
/// members and reports runtime errors without a position.)
/// </summary>
public sealed class TemplateChecker
{
    private readonly TemplateSet _set;
    private readonly HelperCatalog _helpers;
    private readonly List<Problem> _problems = [];
    private readonly Dictionary<string, (IReadOnlyList<TemplateTag> Tags, TextPositions Positions)> _scanned = new(StringComparer.Ordinal);
    private readonly HashSet<(string Partial, SchemaType Context)> _visited = [];
    private readonly HashSet<string> _checkedPartials = new(StringComparer.Ordinal);
    // Partials being checked, outermost first: one that includes itself (directly or through others)
    // renders forever, since no view model is recursive. Found here so `validate` says so, not `build`.
    private readonly List<string> _including = [];

    private TemplateChecker(TemplateSet set, HelperCatalog helpers) => (_set, _helpers) = (set, helpers);

    public static IReadOnlyList<Problem> Check(TemplateSet set, SchemaType root, HelperCatalog helpers)
    {
        var checker = new TemplateChecker(set, helpers);
        foreach (var file in set.All)
        {
            var positions = new TextPositions(file.Path, file.Text);
            checker._scanned[file.Path] = (TemplateScanner.Scan(file, positions, checker._problems), positions);
        }
        checker.CheckFile(set.Main, [root]);
        // Partials the main template never reaches still get their syntax, helpers and partials checked.
        foreach (var partial in set.Partials.Where(p => !checker._checkedPartials.Contains(p.Name)))
            checker.CheckFile(partial, [new AnySchema()]);
        return ProblemOrder.Sort(checker._problems);
    }

    /// <summary>Where each helper and path is used in the templates, for placing errors raised while rendering.</summary>
    public static IReadOnlyList<(string Name, Location At)> Uses(TemplateSet set)
    {
        var uses = new List<(string, Location)>();
        foreach (var file in set.All)
        {
            var positions = new TextPositions(file.Path, file.Text);
            foreach (var tag in TemplateScanner.Scan(file, positions, []))
            {
                if (tag.Kind is TagKind.Comment or TagKind.BlockClose || tag.Content.Length == 0) continue;
                var (call, _, _) = CallParser.Parse(tag.Content, tag.ContentOffset);
                if (call is null) continue;
                foreach (var term in Terms(call)) uses.Add((term.Path, positions.At(term.Offset)));
            }
        }
        return uses;

        static IEnumerable<PathTerm> Terms(Call call) =>
            call.Arguments.Concat(call.Hash.Select(h => h.Value))
                .SelectMany(t => t switch
                {
                    PathTerm p => [p],
                    CallTerm c => Terms(c.Call),
                    _ => Array.Empty<PathTerm>(),
                })
                .Prepend(call.Head);
    }

    private sealed record Frame(string Name, TemplateTag Tag, bool PushedContext)
    {
        public bool PushedContext { get; set; } = PushedContext;
    }

    private void CheckFile(TemplateFile file, List<SchemaType> contexts)
    {
        var (tags, positions) = _scanned[file.Path];
        var frames = new Stack<Frame>();
        foreach (var tag in tags)
        {
            switch (tag.Kind)
            {
                case TagKind.Comment:
                    break;
                case TagKind.Expression or TagKind.Raw:
                    if (tag.Kind == TagKind.Raw)
                        Warn(positions, tag.TagOffset, ProblemCodes.TemplateSyntax,
                            "{{{…}}} inserts the value without Markdown escaping; use {{…}} unless the value is Markdown on purpose");
                    if (ParseCall(tag, positions) is { } call) CheckCall(call, contexts, positions, asBlock: false);
                    break;
                case TagKind.BlockOpen:
                    frames.Push(OpenBlock(tag, contexts, positions));
                    break;
                case TagKind.InverseOpen:
                    if (ParseCall(tag, positions) is { } inverse)
                    {
                        CheckCall(inverse, contexts, positions, asBlock: false);
                        frames.Push(new Frame(inverse.Head.Path, tag, false));
                    }
                    break;
                case TagKind.Else:
                    if (frames.Count == 0)
                    {
                        Error(positions, tag.TagOffset, ProblemCodes.TemplateSyntax, "{{else}} outside any block; remove it or open a block with {{#if …}}");
                        break;
                    }
                    var frame = frames.Peek();
                    if (frame.PushedContext)
                    {
                        // {{else}} of {{#each}} or {{#with}} runs in the outer context.
                        contexts.RemoveAt(contexts.Count - 1);
                        frame.PushedContext = false;
                    }
                    if (tag.Content.Length > 0 && ParseCall(tag, positions) is { } chained)
                        CheckCall(chained, contexts, positions, asBlock: true);
                    break;
                case TagKind.BlockClose:
                    CloseBlock(tag, frames, contexts, positions);
                    break;
                case TagKind.Partial:
                    CheckPartial(tag, contexts, positions);
                    break;
            }
        }
        foreach (var open in frames)
        {
            Error(positions, open.Tag.TagOffset, ProblemCodes.TemplateSyntax, $"{{{{#{open.Name}}}}} is never closed; add {{{{/{open.Name}}}}}");
            if (open.PushedContext) contexts.RemoveAt(contexts.Count - 1);
        }
    }

    private Frame OpenBlock(TemplateTag tag, List<SchemaType> contexts, TextPositions positions)
    {
        var call = ParseCall(tag, positions);
        if (call is null) return new Frame("?", tag, false);
        var name = call.Head.Path;
        if (!_helpers.IsBlock(name))
        {
            var hint = DidYouMean.Hint(name, _helpers.Block.Concat(HelperCatalog.BuiltInBlocks),
                $"block helpers are: {string.Join(", ", _helpers.Block.Concat(HelperCatalog.BuiltInBlocks).Order(StringComparer.Ordinal))}");
            Error(positions, call.Head.Offset, ProblemCodes.UnknownHelper, $"unknown block helper '#{name}'; {hint}");
            return new Frame(name, tag, false);
        }
        foreach (var argument in call.Arguments) CheckTerm(argument, contexts, positions);
        foreach (var (_, value) in call.Hash) CheckTerm(value, contexts, positions);

        if (name is "each" or "with")
        {
            if (call.Arguments.Count != 1)
            {
                Error(positions, call.Head.Offset, ProblemCodes.TemplateSyntax, $"{{{{#{name}}}}} takes exactly one value, e.g. {{{{#{name} judgments}}}}");
                contexts.Add(new AnySchema());
                return new Frame(name, tag, true);
            }
            var type = TypeOf(call.Arguments[0], contexts);
            SchemaType inner = type;
            if (name == "each")
            {
                inner = type switch
                {
                    ListSchema list => list.Element,
                    AnySchema => type,
                    _ => NotAList(type),
                };
            }
            contexts.Add(inner);
            return new Frame(name, tag, true);

            SchemaType NotAList(SchemaType t)
            {
                Error(positions, call.Arguments[0].Offset, ProblemCodes.UnknownTemplateField,
                    $"{{{{#each}}}} needs a list, but this is {t.Name}");
                return new AnySchema();
            }
        }
        return new Frame(name, tag, false);
    }

    private void CloseBlock(TemplateTag tag, Stack<Frame> frames, List<SchemaType> contexts, TextPositions positions)
    {
        var name = tag.Content.Trim();
        if (frames.Count == 0)
        {
            Error(positions, tag.TagOffset, ProblemCodes.TemplateSyntax, $"{{{{/{name}}}}} closes nothing; remove it");
            return;
        }
        var open = frames.Pop();
        if (open.PushedContext) contexts.RemoveAt(contexts.Count - 1);
        if (open.Name != name)
        {
            var at = positions.At(open.Tag.TagOffset);
            Error(positions, tag.TagOffset, ProblemCodes.TemplateSyntax,
                $"{{{{/{name}}}}} does not match {{{{#{open.Name}}}}} opened at line {at.Line}; write {{{{/{open.Name}}}}}");
        }
    }

    private void CheckPartial(TemplateTag tag, List<SchemaType> contexts, TextPositions positions)
    {
        var call = ParseCall(tag, positions);
        if (call is null) return;
        var name = call.Head.Path.Trim('"', '\'');
        var partial = _set.FindPartial(name);
        if (partial is null)
        {
            var names = _set.Partials.Select(p => p.Name).ToList();
            var hint = DidYouMean.Hint(name, names,
                names.Count == 0 ? "there are no partials" : $"partials are: {string.Join(", ", names)}");
            Error(positions, call.Head.Offset, ProblemCodes.MissingPartial,
                $"no partial '{name}' (looked for partials/{name}{TemplateFolder.Extension}); {hint}");
            return;
        }
        if (_including.Contains(name))
        {
            Error(positions, call.Head.Offset, ProblemCodes.TemplateSyntax,
                $"partial '{name}' includes itself ({string.Join(" → ", [.. _including.SkipWhile(n => n != name), name])}), which never ends; remove this inclusion");
            return;
        }
        var inner = new List<SchemaType>(contexts);
        if (call.Arguments.Count == 1) inner.Add(TypeOf(call.Arguments[0], contexts));
        foreach (var (_, value) in call.Hash) CheckTerm(value, contexts, positions);
        _checkedPartials.Add(name);
        _including.Add(name);
        if (_visited.Add((name, inner[^1]))) CheckFile(partial, inner);
        _including.RemoveAt(_including.Count - 1);
    }

    private Call? ParseCall(TemplateTag tag, TextPositions positions)
    {
        if (tag.Content.Length == 0)
        {
            Error(positions, tag.TagOffset, ProblemCodes.TemplateSyntax, "empty {{ }}; write a field or a helper inside");
            return null;
        }
        var (call, error, at) = CallParser.Parse(tag.Content, tag.ContentOffset);
        if (error is not null) Error(positions, at, ProblemCodes.TemplateSyntax, error);
        return call;
    }

    private void CheckCall(Call call, List<SchemaType> contexts, TextPositions positions, bool asBlock)
    {
        var name = call.Head.Path;
        var isHelper = asBlock ? _helpers.IsBlock(name) : _helpers.IsHelper(name);
        if (call.HasArguments && !isHelper)
        {
            var hint = DidYouMean.Hint(name, _helpers.AllNames, $"helpers are: {string.Join(", ", _helpers.AllNames)}");
            Error(positions, call.Head.Offset, ProblemCodes.UnknownHelper, $"unknown helper '{name}'; {hint}");
        }
        else if (!call.HasArguments && !isHelper)
            Resolve(call.Head, contexts, positions);
        else if (!call.HasArguments && !asBlock && _helpers.Simple.Contains(name))
            // Handlebars calls a helper whenever one has the name, so a field named like a helper cannot be printed this way.
            Error(positions, call.Head.Offset, ProblemCodes.TemplateSyntax,
                $"'{name}' is a helper and needs a value, e.g. {{{{{name} x}}}}; to print a field called '{name}', write {{{{this.{name}}}}}");
        foreach (var argument in call.Arguments) CheckTerm(argument, contexts, positions);
        foreach (var (_, value) in call.Hash) CheckTerm(value, contexts, positions);
    }

    private void CheckTerm(Term term, List<SchemaType> contexts, TextPositions positions)
    {
        switch (term)
        {
            case PathTerm path when _helpers.IsHelper(path.Path) || _helpers.IsBlock(path.Path):
                // Handlebars.Net calls a helper named like this even in argument position.
                Error(positions, path.Offset, ProblemCodes.TemplateSyntax,
                    $"'{path.Path}' here calls the helper of that name, not a field; write this.{path.Path} for the field");
                break;
            case PathTerm path: Resolve(path, contexts, positions); break;
            case CallTerm sub:
                if (!_helpers.IsHelper(sub.Call.Head.Path))
                {
                    var hint = DidYouMean.Hint(sub.Call.Head.Path, _helpers.AllNames, $"helpers are: {string.Join(", ", _helpers.AllNames)}");
                    Error(positions, sub.Call.Head.Offset, ProblemCodes.UnknownHelper, $"unknown helper '{sub.Call.Head.Path}'; {hint}");
                }
                foreach (var argument in sub.Call.Arguments) CheckTerm(argument, contexts, positions);
                foreach (var (_, value) in sub.Call.Hash) CheckTerm(value, contexts, positions);
                break;
        }
    }

    /// <summary>The type of an argument without reporting (reporting happens in <see cref="CheckTerm"/>).</summary>
    private SchemaType TypeOf(Term term, List<SchemaType> contexts) =>
        term is PathTerm path ? Resolve(path, contexts, positions: null) : new AnySchema();

    /// <summary>Follows a path through the context stack; reports the first segment that does not exist.</summary>
    private SchemaType Resolve(PathTerm term, List<SchemaType> contexts, TextPositions? positions)
    {
        var path = term.Path;
        var depth = contexts.Count - 1;
        if (path.StartsWith('@'))
        {
            var data = path.Split('.', 2);
            if (data[0] == "@root")
            {
                if (data.Length == 1) return contexts[0];
                return Walk(contexts[0], data[1], term, positions, prefix: "@root.");
            }
            if (data[0] is "@index" or "@first" or "@last" or "@key") return new LeafSchema("a loop value");
            if (positions is not null)
                Error(positions, term.Offset, ProblemCodes.UnknownTemplateField, $"unknown data value '{data[0]}'; use @index, @first, @last, @key or @root");
            return new AnySchema();
        }
        var offset = 0;
        while (path.AsSpan(offset).StartsWith("../"))
        {
            offset += 3;
            depth--;
        }
        if (depth < 0)
        {
            if (positions is not null)
                Error(positions, term.Offset, ProblemCodes.UnknownTemplateField, $"'{path}' climbs above the top of the data; remove a '../'");
            return new AnySchema();
        }
        var rest = path[offset..];
        if (rest.StartsWith("./")) rest = rest[2..];
        if (rest == "this" || rest.Length == 0) return contexts[depth];
        if (rest.StartsWith("this.") || rest.StartsWith("this/")) rest = rest[5..];
        return Walk(contexts[depth], rest, term, positions, prefix: path[..^rest.Length]);
    }

    private SchemaType Walk(SchemaType type, string rest, PathTerm term, TextPositions? positions, string prefix)
    {
        var walked = prefix;
        foreach (var segment in rest.Split('.', '/'))
        {
            switch (type)
            {
                case AnySchema:
                    return type;
                case ObjectSchema obj when obj.Fields.TryGetValue(segment, out var field):
                    type = field;
                    break;
                case ObjectSchema obj:
                    if (positions is not null)
                    {
                        var hint = DidYouMean.Hint(segment, obj.Fields.Keys, $"its fields are: {string.Join(", ", obj.Fields.Keys.Order(StringComparer.Ordinal))}");
                        Error(positions, term.Offset + walked.Length, ProblemCodes.UnknownTemplateField,
                            $"unknown field '{segment}' on {obj.Name}; {hint}");
                    }
                    return new AnySchema();
                default:
                    if (positions is not null)
                        Error(positions, term.Offset + walked.Length, ProblemCodes.UnknownTemplateField,
                            type is ListSchema
                                ? $"'{walked.TrimEnd('.')}' is a list and has no field '{segment}'; walk it with {{{{#each}}}}"
                                : $"'{walked.TrimEnd('.')}' is {type.Name} and has no field '{segment}'");
                    return new AnySchema();
            }
            walked += segment + ".";
        }
        return type;
    }

    private void Error(TextPositions positions, int offset, string code, string message) =>
        _problems.Add(Problem.Error(positions.At(offset), code, message));

    private void Warn(TextPositions positions, int offset, string code, string message) =>
        _problems.Add(Problem.Warning(positions.At(offset), code, message));
}
