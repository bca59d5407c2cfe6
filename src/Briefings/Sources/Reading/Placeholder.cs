using Briefings.Problems;
using Briefings.Sources.Yaml;
using Briefings.Typesetting;

namespace Briefings.Sources.Reading;

/// <summary>
/// A value a scaffold (`briefings new`) writes where the analyst has something to fill in: unquoted text in
/// angle brackets, `&lt;the source's own title&gt;`. Readers report it as a warning and read the field as
/// absent, so a fresh scaffold validates, and a brief is never built from one (the words in brackets are
/// instructions, not facts). Quoting the value ("&lt;b&gt;") makes it ordinary text.
/// </summary>
public static class Placeholder
{
    public static bool Is(YamlScalar scalar) =>
        scalar.IsPlain && scalar.Text.Length > 2 && scalar.Text.StartsWith('<') && scalar.Text.EndsWith('>');

    /// <summary>Where placeholders were reported in <paramref name="source"/>; asked after every field of the file has been read.</summary>
    public static IReadOnlyList<Location> ReportedIn(SourceText source, IEnumerable<Diagnostic> problems) =>
        problems.Where(p => p.Code == ProblemCodes.Placeholder && p.At.File == source.Path)
            .Select(p => p.At)
            .Distinct() // a field read twice (a judgment's text is checked, then kept) is one placeholder
            .OrderBy(at => at.Line).ThenBy(at => at.Column)
            .ToList();

    /// <summary>The placeholder a scaffold writes for <paramref name="what"/> ("the source's own title").</summary>
    public static string For(string what) => $"<{what}>";
}
