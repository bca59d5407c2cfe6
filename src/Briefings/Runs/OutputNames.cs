namespace Briefings.Runs;

/// <summary>
/// Where a run's outputs go inside its folder: briefs under briefs/ (by case id), the digest and the
/// manifests at the top. Keeping briefs in their own folder means no case id can collide with the
/// digest's or a manifest's name.
/// </summary>
public static class OutputNames
{
    public const string BriefsFolder = "briefs";

    public static string Brief(string caseId, OutputFormat format) => $"{BriefsFolder}/{caseId}.{format.Extension()}";

    public static string Digest(Month month, OutputFormat format) => $"monthly-digest-{month}.{format.Extension()}";

    /// <summary>
    /// Whether a name read back from a manifest is one a run could have written: pruning deletes by these
    /// names, so a hand-edited manifest must not be able to point outside the run's folder.
    /// </summary>
    public static bool IsOwn(string file)
    {
        var parts = file.Split('/');
        bool Plain(string part) => part.Length > 0 && part != "." && part != ".." && !part.Contains('\\') && !part.StartsWith('.');
        return parts switch
        {
            [var name] => Plain(name),
            [BriefsFolder, var name] => Plain(name),
            _ => false,
        };
    }
}
