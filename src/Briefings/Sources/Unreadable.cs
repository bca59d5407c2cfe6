namespace Briefings.Sources;

/// <summary>
/// What could not be read at all. References into these are not reported as dangling: the syntax
/// error already says what is wrong, and a cascade of follow-on errors would hide it.
/// </summary>
public sealed record Unreadable(bool Registry, IReadOnlySet<string> Documents);
