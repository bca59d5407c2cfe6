using Briefings.Templates;

namespace Briefings.Runs;

/// <summary>
/// One templates folder serves both the brief and the digest. The digest's partials are named
/// "digest-…", so each template set gets only its own partials: a mistake in the digest's partials then
/// cannot stop every brief, nor a brief partial the digest.
/// </summary>
public static class RunTemplates
{
    public const string DigestMain = "monthly-digest";

    public const string DigestPartialPrefix = "digest-";

    public static TemplateSet ForBrief(TemplateSet read) =>
        read with { Partials = read.Partials.Where(p => !p.Name.StartsWith(DigestPartialPrefix, StringComparison.Ordinal)).ToList() };

    public static TemplateSet ForDigest(TemplateSet read) =>
        read with { Partials = read.Partials.Where(p => p.Name.StartsWith(DigestPartialPrefix, StringComparison.Ordinal)).ToList() };
}
