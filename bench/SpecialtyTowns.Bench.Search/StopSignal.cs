using System.Runtime.InteropServices;

namespace SpecialtyTowns.Bench.Search;

/// <summary>
/// Cancelled by Ctrl-C, SIGTERM, SIGHUP or when the run's time budget is spent, so that the
/// benchmark always reaches its clean-up. A second Ctrl-C ends the process at once (its
/// children are then killed by <see cref="Hosting.ChildProcesses"/>).
/// </summary>
internal sealed class StopSignal : IDisposable
{
    private readonly CancellationTokenSource _source;
    private readonly PosixSignalRegistration[] _registrations;

    public StopSignal(TimeSpan budget)
    {
        _source = new CancellationTokenSource(budget);
        _registrations =
        [
            PosixSignalRegistration.Create(PosixSignal.SIGINT, Handle),
            PosixSignalRegistration.Create(PosixSignal.SIGTERM, Handle),
            PosixSignalRegistration.Create(PosixSignal.SIGHUP, Handle),
        ];
    }

    public CancellationToken Token => _source.Token;

    public void Dispose()
    {
        foreach (var registration in _registrations)
        {
            registration.Dispose();
        }

        _source.Dispose();
    }

    private void Handle(PosixSignalContext context)
    {
        if (_source.IsCancellationRequested)
        {
            return;
        }

        context.Cancel = true;
        Console.Error.WriteLine($"[bench] {context.Signal}: stopping and cleaning up (again to exit at once)");
        _source.Cancel();
    }
}
