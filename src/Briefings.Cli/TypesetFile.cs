using Briefings.Runs;

namespace Briefings.Cli;

/// <summary>One typeset output: its format, its bytes, and its page count (0 for HTML).</summary>
internal sealed record TypesetFile(OutputFormat Format, byte[] Bytes, int Pages);
