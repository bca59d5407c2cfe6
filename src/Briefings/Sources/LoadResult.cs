using Briefings.Sources.Model;
using Briefings.Typesetting;

namespace Briefings.Sources;

/// <summary>
/// What loading a sources folder gives: the library (complete only when there are no errors)
/// and every problem found, sorted.
/// </summary>
public sealed record LoadResult(SourceLibrary Library, IReadOnlyList<Diagnostic> Problems)
{
    public bool HasErrors => Problems.Any(p => p.IsError);
}
