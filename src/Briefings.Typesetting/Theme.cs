namespace Briefings.Typesetting;

/// <summary>Page geometry, type sizes, colours and faces; loaded from theme.yaml.</summary>
public sealed record Theme
{
    public static Theme Default { get; } = new();
}
