using Briefings.Typesetting;

namespace Briefings.Cli;

/// <summary>A brief typeset in every asked-for format, or none of them (then the diagnostics say why).</summary>
internal sealed record TypesetBrief(IReadOnlyList<TypesetFile> Files, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool Succeeded => Files.Count > 0;
}
