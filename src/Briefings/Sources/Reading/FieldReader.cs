using Briefings.Problems;
using Briefings.Sources.Model;
using Briefings.Sources.Yaml;
using Briefings.Typesetting;

namespace Briefings.Sources.Reading;

/// <summary>
/// Reads one YAML mapping against its list of fields. Every complaint is added to the shared list
/// rather than thrown, so one run reports every problem in every file; a field that cannot be read
/// comes back null and the caller carries on with a placeholder.
/// </summary>
public sealed class FieldReader
{
    private readonly YamlMapping _mapping;
    private readonly string _what;
    private readonly IReadOnlyList<FieldSpec> _fields;
    private readonly List<Diagnostic> _problems;

    private FieldReader(YamlMapping mapping, string what, IReadOnlyList<FieldSpec> fields, List<Diagnostic> problems)
    {
        (_mapping, _what, _fields, _problems) = (mapping, what, fields, problems);
    }

    /// <summary>Where the mapping starts: the place to point at for anything missing from it.</summary>
    public Location At => _mapping.At;

    /// <summary>
    /// Opens <paramref name="value"/> as a mapping of <paramref name="fields"/>, reporting unknown keys at once.
    /// <paramref name="what"/> names it in messages ("document", "claim 'x'").
    /// </summary>
    public static FieldReader? Open(YamlValue value, string what, IReadOnlyList<FieldSpec> fields, List<Diagnostic> problems)
    {
        if (value is not YamlMapping mapping)
        {
            problems.Add(Diagnostic.Error(value.At, ProblemCodes.WrongShape,
                $"{what} should be {new YamlMapping(value.At, []).ShapeName}, not {value.ShapeName}"));
            return null;
        }
        var reader = new FieldReader(mapping, what, fields, problems);
        reader.ReportUnknownKeys();
        return reader;
    }

    private void ReportUnknownKeys()
    {
        var names = _fields.Select(f => f.Name).ToList();
        foreach (var entry in _mapping.Entries)
        {
            if (names.Contains(entry.Key.Text)) continue;
            var hint = DidYouMean.Nearest(entry.Key.Text, names) is { } near
                ? $"did you mean '{near}'?"
                : $"the fields allowed here are: {string.Join(", ", names)}";
            _problems.Add(Diagnostic.Error(entry.Key.At, ProblemCodes.UnknownField, $"unknown field '{entry.Key.Text}' in {_what}; {hint}"));
        }
    }

    private FieldSpec Spec(string name) =>
        _fields.FirstOrDefault(f => f.Name == name) ?? throw new ArgumentException($"field '{name}' is not declared for {_what}");

    /// <summary>The value written for <paramref name="name"/>, or null when absent or empty (reporting it if required).</summary>
    public YamlValue? Value(string name)
    {
        var spec = Spec(name);
        var entry = _mapping.Entries.FirstOrDefault(e => e.Key.Text == name);
        if (entry?.Value is YamlScalar scalar && Placeholder.Is(scalar))
        {
            ReportPlaceholder(spec, scalar, $"'{name}' in {_what}");
            return null;
        }
        if (entry is null || entry.Value is YamlScalar { IsNull: true })
        {
            if (spec.Required)
                _problems.Add(Diagnostic.Error(entry?.Key.At ?? _mapping.At, ProblemCodes.MissingField,
                    $"{_what} is missing required field '{name}'; add a line like `{spec.Example}`"));
            return null;
        }
        return entry.Value;
    }

    private void ReportPlaceholder(FieldSpec spec, YamlScalar scalar, string what) =>
        _problems.Add(Diagnostic.Warning(scalar.At, ProblemCodes.Placeholder,
            $"{what} is still the placeholder {scalar.Text}. {spec.Description} Example: `{spec.Example}`"));

    /// <summary>Where the value of <paramref name="name"/> was written, or the mapping's start when it was not.</summary>
    public Location Where(string name) =>
        _mapping.Entries.FirstOrDefault(e => e.Key.Text == name)?.Value.At ?? _mapping.At;

    public YamlScalar? Scalar(string name)
    {
        var value = Value(name);
        if (value is null) return null;
        if (value is YamlScalar scalar) return scalar;
        WrongShape(name, value, "a single value");
        return null;
    }

    /// <summary>Text with surrounding blank space removed; line breaks inside are kept for the template to fold.</summary>
    public string? Text(string name) => Scalar(name)?.Text.Trim();

    public string? Id(string name = "id")
    {
        var scalar = Scalar(name);
        if (scalar is null) return null;
        if (!Ids.IsKebabCase(scalar.Text))
            _problems.Add(Diagnostic.Error(scalar.At, ProblemCodes.BadId,
                $"'{scalar.Text}' is not a valid id; use lower-case words joined by hyphens, e.g. `{Ids.Suggest(scalar.Text)}`"));
        return scalar.Text;
    }

    public Reference? Reference(string name) => Scalar(name) is { } s ? new Reference(s.Text.Trim(), s.At) : null;

    /// <summary>A list of references; a single value is accepted as a list of one.</summary>
    public IReadOnlyList<Reference> References(string name) =>
        Items(name).OfType<YamlScalar>().Where(s => !s.IsNull).Select(s => new Reference(s.Text.Trim(), s.At)).ToList();

    /// <summary>A list of short texts (unknowns, keywords).</summary>
    public IReadOnlyList<string> Texts(string name) =>
        Items(name).OfType<YamlScalar>().Where(s => !s.IsNull).Select(s => s.Text.Trim()).ToList();

    /// <summary>The items of a list field; a single scalar counts as one item. Nested shapes are checked by the caller.</summary>
    public IReadOnlyList<YamlValue> Items(string name)
    {
        var value = Value(name);
        switch (value)
        {
            case null: return [];
            case YamlSequence sequence: return sequence.Items.Where(item => !IsPlaceholderItem(name, item)).ToList();
            case YamlScalar scalar: return [scalar];
            default:
                WrongShape(name, value, "a list (lines starting with '- ')");
                return [];
        }
    }

    private bool IsPlaceholderItem(string name, YamlValue item)
    {
        if (item is not YamlScalar scalar || !Placeholder.Is(scalar)) return false;
        ReportPlaceholder(Spec(name), scalar, $"an item of '{name}' in {_what}");
        return true;
    }

    /// <summary>The list items of a field that must be mappings (claims, events, paths), each opened with its fields.</summary>
    public IReadOnlyList<FieldReader> Mappings(string name, string itemWhat)
    {
        var fields = Spec(name).Shape is ListShape { Item: MappingShape mapping } ? mapping.Fields : throw NotDeclared(name, "a list of mappings");
        var value = Value(name);
        if (value is null) return [];
        if (value is not YamlSequence sequence)
        {
            WrongShape(name, value, "a list (lines starting with '- ')");
            return [];
        }
        var readers = new List<FieldReader>();
        foreach (var item in sequence.Items)
        {
            var what = item is YamlMapping m && m.Entries.FirstOrDefault(e => e.Key.Text == "id")?.Value is YamlScalar { IsNull: false } id && !Placeholder.Is(id)
                ? $"{itemWhat} '{id.Text}'"
                : itemWhat;
            if (Open(item, what, fields, _problems) is { } reader) readers.Add(reader);
        }
        return readers;
    }

    public FieldReader? Mapping(string name, string what)
    {
        var fields = Spec(name).Shape is MappingShape mapping ? mapping.Fields : throw NotDeclared(name, "a mapping");
        return Value(name) is { } value ? Open(value, what, fields, _problems) : null;
    }

    public PartialDate? Date(string name)
    {
        var scalar = Scalar(name);
        if (scalar is null) return null;
        if (PartialDate.Parse(scalar.Text) is { } date) return date;
        _problems.Add(Diagnostic.Error(scalar.At, ProblemCodes.BadDate,
            $"'{scalar.Text}' is not a date; write a year, a month or a day as 2015, 2015-03 or 2015-03-09"));
        return null;
    }

    /// <summary>A whole number in the range its spec declares, or a problem with <paramref name="code"/>.</summary>
    public int? Number(string name, string code, string meaning)
    {
        var (min, max) = Spec(name).Shape is WholeNumberShape range ? (range.Min, range.Max) : throw NotDeclared(name, "a whole number");
        var scalar = Scalar(name);
        if (scalar is null) return null;
        if (int.TryParse(scalar.Text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n)
            && n >= min && n <= max)
            return n;
        _problems.Add(Diagnostic.Error(scalar.At, code, $"{name} '{scalar.Text}' must be a whole number from {min} to {max}; {meaning}"));
        return null;
    }

    /// <summary>`true` or `false`; absent is false.</summary>
    public bool Flag(string name)
    {
        var scalar = Scalar(name);
        if (scalar is null) return false;
        switch (scalar.Text.Trim())
        {
            case "true": return true;
            case "false": return false;
            default:
                _problems.Add(Diagnostic.Error(scalar.At, ProblemCodes.BadValue, $"{name} '{scalar.Text}' must be true or false"));
                return false;
        }
    }

    /// <summary>One word from a fixed vocabulary, e.g. a platform kind; the spec's words are the enum's.</summary>
    public TEnum? Word<TEnum>(string name, string code = ProblemCodes.BadValue) where TEnum : struct, Enum =>
        Choice(name, code) is { } word ? Vocabulary<TEnum>.Parse(word) : null;

    /// <summary>
    /// One of the words the spec's <see cref="ChoiceShape"/> allows, or a problem with <paramref name="code"/>: by default
    /// "is not one of …" with the nearest word, or what <paramref name="message"/> says of the written text.
    /// </summary>
    public string? Choice(string name, string code, Func<string, string>? message = null)
    {
        var words = Spec(name).Shape is ChoiceShape choice ? choice.Words : throw NotDeclared(name, "a choice of words");
        var scalar = Scalar(name);
        if (scalar is null) return null;
        var text = scalar.Text.Trim();
        if (words.Contains(text, StringComparer.Ordinal)) return text;
        _problems.Add(Diagnostic.Error(scalar.At, code, message?.Invoke(scalar.Text)
            ?? $"{name} '{scalar.Text}' is not one of {string.Join(", ", words)}{DidYouMean.Suffix(scalar.Text, words)}"));
        return null;
    }

    /// <summary>A reader asked for a field as something its spec does not declare: the code's mistake, not the file's.</summary>
    private ArgumentException NotDeclared(string name, string shape) => new($"field '{name}' of {_what} is not declared as {shape}");

    public void Error(Location at, string code, string message) => _problems.Add(Diagnostic.Error(at, code, message));

    private void WrongShape(string name, YamlValue value, string expected) =>
        _problems.Add(Diagnostic.Error(value.At, ProblemCodes.WrongShape, $"'{name}' in {_what} should be {expected}, not {value.ShapeName}"));
}
