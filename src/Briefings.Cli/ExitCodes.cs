namespace Briefings.Cli;

/// <summary>Documented process exit codes (README): scripts and schedulers rely on them.</summary>
internal static class ExitCodes
{
    public const int Ok = 0;
    public const int InvalidInput = 1;
    public const int Usage = 2;

    /// <summary>A bug in briefings (EX_SOFTWARE), never the user's mistake: scripts and the fuzz test can tell the two apart.</summary>
    public const int Internal = 70;
}
