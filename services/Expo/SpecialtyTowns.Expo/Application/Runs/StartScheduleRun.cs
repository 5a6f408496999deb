using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.Expo.Application.Access;
using SpecialtyTowns.Expo.Domain.Scheduling;
using SpecialtyTowns.Expo.Infrastructure;
using SpecialtyTowns.Idempotency;
using SpecialtyTowns.SharedKernel;
using SpecialtyTowns.SharedKernel.Errors;

namespace SpecialtyTowns.Expo.Application.Runs;

/// <summary>The organizer queues a scheduling run of its event; the background worker takes it at once.</summary>
public sealed class StartScheduleRun(ExpoDbContext db, EventAccess access, IIdempotency idempotency, ScheduleRunSignal signal, TimeProvider clock)
{
    /// <exception cref="BusinessRuleException">A run of the event is already queued or running ("run-active").</exception>
    public async Task<ScheduleRun> ExecuteAsync(StartScheduleRunCommand command, Caller caller, CancellationToken cancellationToken)
    {
        caller.RequireRole(Roles.Organizer, Roles.Admin);
        Guid id;
        try
        {
            id = await idempotency.ExecuteAsync(caller, nameof(StartScheduleRun), command, async ct =>
            {
                await access.ManagedEventAsync(command.EventId, caller, ct, track: false);
                var run = ScheduleRun.Queue(command.EventId, caller.Subject, command.TimeLimitSeconds, clock.GetUtcNow());
                db.ScheduleRuns.Add(run);
                return run.Id;
            }, cancellationToken);
        }
        catch (DbUpdateException exception) when (ScheduleRunIndexes.IsSecondActiveRun(exception))
        {
            throw new BusinessRuleException("run-active", "A run of this event is already queued or running; wait for its draft");
        }

        signal.Queued();
        return await db.ScheduleRuns.AsNoTracking().SingleAsync(r => r.Id == id, cancellationToken);
    }
}
