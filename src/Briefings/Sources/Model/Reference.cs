using Briefings.Typesetting;

namespace Briefings.Sources.Model;

/// <summary>
/// A written pointer to something defined elsewhere ("twitter", "itproportal-caliphate-book#shutdown-notice"),
/// kept with where it was written so a dangling one can be reported at that spot.
/// </summary>
public sealed record Reference(string Text, Location At)
{
    /// <summary>The document, platform, actor or judgment named before any '#'.</summary>
    public string Target => Text.Split('#', 2)[0];

    /// <summary>The claim or event inside a document, named after '#'; null for whole-thing references.</summary>
    public string? Item => Text.Split('#', 2) is [_, var item] ? item : null;

    public override string ToString() => Text;
}
