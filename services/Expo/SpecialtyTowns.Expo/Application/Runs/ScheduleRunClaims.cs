using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.Expo.Domain.Scheduling;
using SpecialtyTowns.Expo.Infrastructure;

namespace SpecialtyTowns.Expo.Application.Runs;

/// <summary>
/// The worker's side of the schedule_runs table: claiming a queued run (FOR UPDATE SKIP LOCKED, so
/// replicas never take the same run), heartbeats that only a run's current attempt may write, and
/// recovery of runs whose process died (stale heartbeat): re-queued while attempts remain, else failed.
/// </summary>
public sealed class ScheduleRunClaims(ExpoDbContext db, TimeProvider clock)
{
    /// <summary>Takes the oldest queued run and marks it running; null when none is queued.</summary>
    public async Task<ScheduleRun?> ClaimAsync(CancellationToken cancellationToken)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async ct =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var runs = await db.ScheduleRuns
                .FromSql($"SELECT * FROM schedule_runs WHERE status = 'queued' ORDER BY requested_at, id LIMIT 1 FOR UPDATE SKIP LOCKED")
                .ToListAsync(ct);
            if (runs.Count == 0)
            {
                return null;
            }

            runs[0].Start(clock.GetUtcNow());
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return runs[0];
        }, cancellationToken);
    }

    /// <summary>Writes progress and the heartbeat; false when the attempt no longer owns the run (it was recovered elsewhere).</summary>
    public async Task<bool> BeatAsync(Guid runId, int attempt, string progressJson, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var updated = await db.ScheduleRuns
            .Where(r => r.Id == runId && r.Attempts == attempt && r.Status == ScheduleRunStatuses.Running)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Progress, progressJson).SetProperty(r => r.HeartbeatAt, now), cancellationToken);
        return updated == 1;
    }

    /// <summary>Stores the draft or the failure of an attempt that still owns its run.</summary>
    public async Task<bool> CompleteAsync(Guid runId, int attempt, Action<ScheduleRun> complete, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var run = await db.ScheduleRuns.SingleOrDefaultAsync(r => r.Id == runId, cancellationToken);
        if (run is null || run.Attempts != attempt || run.Status != ScheduleRunStatuses.Running)
        {
            return false;
        }

        complete(run);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>Re-queues (or, after the last attempt, fails) runs whose heartbeat went stale; returns how many.</summary>
    public async Task<int> RecoverStaleAsync(TimeSpan staleAfter, int maxAttempts, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var cutoff = now - staleAfter;
        var requeued = await db.ScheduleRuns
            .Where(r => r.Status == ScheduleRunStatuses.Running && r.HeartbeatAt < cutoff && r.Attempts < maxAttempts)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Status, ScheduleRunStatuses.Queued), cancellationToken);
        var failed = await db.ScheduleRuns
            .Where(r => r.Status == ScheduleRunStatuses.Running && r.HeartbeatAt < cutoff)
            .ExecuteUpdateAsync(
                s => s.SetProperty(r => r.Status, ScheduleRunStatuses.Failed)
                    .SetProperty(r => r.Error, "the service stopped during every attempt of this run; start a new run")
                    .SetProperty(r => r.FinishedAt, now),
                cancellationToken);
        return requeued + failed;
    }

    /// <summary>Puts a run this process was solving back in the queue (the service is stopping).</summary>
    public Task<int> ReleaseAsync(Guid runId, int attempt, CancellationToken cancellationToken) =>
        db.ScheduleRuns
            .Where(r => r.Id == runId && r.Attempts == attempt && r.Status == ScheduleRunStatuses.Running)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Status, ScheduleRunStatuses.Queued).SetProperty(r => r.Attempts, attempt - 1), cancellationToken);
}
