namespace Briefings.Sources.Reading;

/// <summary>
/// One field a YAML mapping may hold: its name, whether it must be there, the shape of its value, what it
/// means (the line an editor shows on hover and a scaffold writes above it) and an example line that a
/// "missing field" message shows the user to copy.
/// </summary>
public sealed record FieldSpec(string Name, bool Required, FieldShape Shape, string Description, string Example)
{
    public static FieldSpec Must(string name, FieldShape shape, string description, string example) => new(name, true, shape, description, example);

    public static FieldSpec May(string name, FieldShape shape, string description, string example) => new(name, false, shape, description, example);
}
