namespace Briefings.Runs;

/// <summary>
/// One output of a monthly run: its file (relative to the run's folder), the case it prints (none for
/// the digest), the format, the hash of everything it was built from, the hash of the bytes written
/// (none when it failed), and for a failure the problems that stopped it, each at file:line:column.
/// </summary>
public sealed record ManifestEntry(
    string File,
    string? Case,
    OutputFormat Format,
    string Inputs,
    string? Output,
    OutputStatus Status,
    IReadOnlyList<string> Errors)
{
    /// <summary>
    /// A failed output whose earlier good file is still on disk, kept rather than deleted (a failure never
    /// destroys good output); <see cref="Output"/> is then that old file's hash. Readers must not take the
    /// file for current: it was built from older inputs.
    /// </summary>
    public bool Stale { get; init; }

    public static ManifestEntry Built(string file, string? @case, OutputFormat format, string inputs, string output) =>
        new(file, @case, format, inputs, output, OutputStatus.Ok, []);

    public static ManifestEntry Failed(string file, string? @case, OutputFormat format, string inputs, IReadOnlyList<string> errors) =>
        new(file, @case, format, inputs, null, OutputStatus.Failed, errors);

    /// <summary>This failure, keeping the earlier good file <paramref name="kept"/> (by its hash) as a stale output.</summary>
    public ManifestEntry KeepingStale(string kept) => this with { Output = kept, Stale = true };

    /// <summary>
    /// Whether the file on disk can stand for a build from <paramref name="inputs"/>: it was built from the
    /// same inputs, and its bytes are still the ones recorded (nobody has replaced or truncated it).
    /// </summary>
    public bool IsUpToDate(string inputs, string? bytesOnDisk) =>
        Status == OutputStatus.Ok && Inputs == inputs && Output is not null && Output == bytesOnDisk;
}
