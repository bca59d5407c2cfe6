namespace Briefings.Sources.Reading;

/// <summary>
/// One field a YAML mapping may hold: its name, whether it must be there, and an example line
/// that a "missing field" message shows the user to copy.
/// </summary>
public sealed record FieldSpec(string Name, bool Required, string Example)
{
    public static FieldSpec Must(string name, string example) => new(name, true, example);

    public static FieldSpec May(string name, string example) => new(name, false, example);
}
