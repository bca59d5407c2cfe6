namespace Briefings.Sources.Model;

/// <summary>A short phrase quoted word for word, and whose words they are, so the brief can mark and attribute it.</summary>
public sealed record Quote(string Text, string By);
