namespace Briefings.Sources;

/// <summary>
/// The text of one input file and the path to print for it. Reading from disk happens once, at the edge;
/// everything after works on these, so tests can feed text straight in.
/// </summary>
public sealed record SourceText(string Path, string Text);
