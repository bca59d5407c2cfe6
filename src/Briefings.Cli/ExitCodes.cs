namespace Briefings.Cli;

/// <summary>Documented process exit codes (README): scripts and schedulers rely on them.</summary>
internal static class ExitCodes
{
    public const int Ok = 0;
    public const int InvalidInput = 1;
    public const int Usage = 2;
}
