using Briefings.Sources;

namespace Briefings.Runs;

/// <summary>
/// The inputs a case's brief is built from, hashed for the manifest: the case file, the documents it
/// cites, the registries, and what <see cref="RunSettings"/> shares. A case file that cannot be read
/// names no documents; it hashes its own text, and fails anyway.
/// </summary>
public static class CaseInputs
{
    public static string Hash(MonthCase @case, SourceFileSet files, RunSettings settings, OutputFormat format)
    {
        var parts = new List<(string, string)>(settings.Shared(settings.BriefTemplates, format))
        {
            ("platforms", files.Platforms?.Text ?? ""),
            ("actors", files.Actors?.Text ?? ""),
            ("case", files.CaseAt(@case.File)?.Text ?? ""),
        };
        foreach (var source in @case.Case?.Sources ?? [])
            parts.Add(($"document:{source.Text}", files.DocumentNamed(source.Text)?.Text ?? ""));
        return InputHash.Of(parts);
    }
}
