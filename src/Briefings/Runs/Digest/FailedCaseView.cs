namespace Briefings.Runs.Digest;

/// <summary>
/// A case that did not build: its file and its first problems (file:line:column: message) besides those
/// every brief shares (<see cref="DigestModel.SharedProblems"/>, listed once); the manifest and the log have them all.
/// </summary>
public sealed record FailedCaseView(string Id, string? Title, string File, IReadOnlyList<string> Problems, int MoreProblems);
