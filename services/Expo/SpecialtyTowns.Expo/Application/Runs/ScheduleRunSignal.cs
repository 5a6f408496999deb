namespace SpecialtyTowns.Expo.Application.Runs;

/// <summary>Wakes this replica's worker when a run is queued here, so it starts without waiting for the next poll.</summary>
public sealed class ScheduleRunSignal
{
    private readonly SemaphoreSlim _queued = new(0, 1);

    public void Queued()
    {
        if (_queued.CurrentCount == 0)
        {
            try
            {
                _queued.Release();
            }
            catch (SemaphoreFullException)
            {
                // Another queue call released it first; one wake-up is enough.
            }
        }
    }

    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => _queued.WaitAsync(timeout, cancellationToken);
}
