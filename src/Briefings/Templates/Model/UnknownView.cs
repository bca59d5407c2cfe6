namespace Briefings.Templates.Model;

/// <summary>Something the sources leave open, with the sources that leave it open.</summary>
public sealed record UnknownView(string Text, IReadOnlyList<string> Cites);
