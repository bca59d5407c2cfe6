using System.Runtime.InteropServices;

namespace Briefings.Cli.Watch;

/// <summary>
/// Ctrl-C (SIGINT) or a polite kill (SIGTERM) as a cancellation: a watch ends cleanly, its preview closed
/// and its outputs whole, instead of the process being cut off. The registrations last as long as this does.
/// </summary>
internal sealed class Interrupt : IDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly PosixSignalRegistration[] _signals;

    public Interrupt() =>
        _signals = [PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop), PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop)];

    public CancellationToken Token => _stop.Token;

    public void Dispose()
    {
        foreach (var signal in _signals) signal.Dispose();
        _stop.Dispose();
    }

    private void Stop(PosixSignalContext context)
    {
        context.Cancel = true;
        _stop.Cancel();
    }
}
