using Briefings.Runs;

namespace Briefings.Cli;

/// <summary>What became of the digest: its manifest entries, what the run did, and located problems to print.</summary>
internal sealed record DigestOutcome(IReadOnlyList<ManifestEntry> Entries, CaseState State, IReadOnlyList<string> Messages);
