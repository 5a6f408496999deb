using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.Expo.Application.Access;
using SpecialtyTowns.Expo.Domain.Meetings;
using SpecialtyTowns.Expo.Domain.Scheduling;
using SpecialtyTowns.Expo.Infrastructure;
using SpecialtyTowns.Expo.Scheduling.Model;
using SpecialtyTowns.Idempotency;
using SpecialtyTowns.SharedKernel;
using SpecialtyTowns.SharedKernel.Errors;

namespace SpecialtyTowns.Expo.Application.Runs;

/// <summary>
/// Publishes a draft in one transaction: every place that changes is freed first, then the draft's meetings
/// are placed (locked unless asked otherwise), their parties notified and the changes published. A draft
/// computed from data that changed since is refused ("draft-stale"): nothing is half-published.
/// </summary>
public sealed class PublishScheduleRun(ExpoDbContext db, EventAccess access, ScheduleInputBuilder inputs, PublishedChanges published, IIdempotency idempotency, TimeProvider clock)
{
    /// <exception cref="BusinessRuleException">The run is no draft ("run-not-draft") or its draft is stale ("draft-stale").</exception>
    public async Task<ScheduleRun> ExecuteAsync(PublishScheduleRunCommand command, Caller caller, CancellationToken cancellationToken)
    {
        caller.RequireRole(Roles.Organizer, Roles.Admin);
        try
        {
            await idempotency.ExecuteAsync(caller, nameof(PublishScheduleRun), command, ct => PublishAsync(command, caller, ct), cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw Stale();
        }
        catch (DbUpdateException exception) when (OccupancyIndexes.Translate(exception) is { } collision)
        {
            // A booking took a place between the check and the save; the draft no longer fits.
            throw new BusinessRuleException("draft-stale", "The draft no longer fits: " + collision.Message + "; start a new run");
        }
        catch (DbUpdateException exception) when (OccupancyIndexes.IsSlotRemoved(exception))
        {
            throw new BusinessRuleException("draft-stale", "A slot of the draft was removed since the check; start a new run");
        }

        return await db.ScheduleRuns.AsNoTracking().SingleAsync(r => r.Id == command.RunId, cancellationToken);
    }

    private async Task<Guid> PublishAsync(PublishScheduleRunCommand command, Caller caller, CancellationToken cancellationToken)
    {
        // The row lock makes a second publish of the same run wait, then find it published.
        var run = (await db.ScheduleRuns.FromSql($"SELECT * FROM schedule_runs WHERE id = {command.RunId} FOR UPDATE").ToListAsync(cancellationToken)).SingleOrDefault()
            ?? throw new NotFoundException("ScheduleRun", command.RunId.ToString());
        await access.ManagedEventAsync(run.EventId, caller, cancellationToken, track: false);
        if (run.Status != ScheduleRunStatuses.Draft || RunJson.Draft(run.Result) is not { } draft)
        {
            throw new BusinessRuleException("run-not-draft", $"The run is {run.Status}; only a draft can be published");
        }

        if (draft.Fingerprint != await inputs.FingerprintAsync(run.EventId, cancellationToken))
        {
            throw Stale();
        }

        var now = clock.GetUtcNow();
        var meetings = await db.Meetings.Include(m => m.Parties).Include(m => m.Occupancy)
            .Where(m => m.EventId == run.EventId && m.Status != MeetingStatuses.Cancelled && m.Status != MeetingStatuses.NoShow)
            .ToDictionaryAsync(m => m.Id.ToString(), cancellationToken);
        var target = draft.Schedule.Assignments.ToDictionary(a => a.Meeting, StringComparer.Ordinal);
        var outcome = new PublishOutcome(run, draft);
        foreach (var meeting in meetings.Values.Where(m => m.IsPlaced))
        {
            if (!target.TryGetValue(meeting.Id.ToString(), out var to))
            {
                meeting.Unplace();
                outcome.Unscheduled.Add(meeting);
            }
            else if (to.Slot != meeting.SlotId.ToString() || to.Table != meeting.TableId.ToString() || to.Interpreter != meeting.InterpreterId?.ToString())
            {
                var moved = to.Slot != meeting.SlotId.ToString() || to.Table != meeting.TableId.ToString();
                meeting.Unplace();
                (moved ? outcome.Moved : outcome.Replaced).Add(meeting);
            }
            else if (!command.LeaveUnlocked && !meeting.Locked)
            {
                meeting.SetLocked(true);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        var movedSincePublish = (draft.Schedule.Changes ?? []).Where(c => c.Change == ChangeKinds.Moved).Select(c => c.Meeting).ToHashSet(StringComparer.Ordinal);
        foreach (var (id, to) in target)
        {
            var meeting = meetings[id];
            if (!meeting.IsPlaced)
            {
                meeting.Place(Guid.Parse(to.Slot), Guid.Parse(to.Table), to.Interpreter is null ? null : Guid.Parse(to.Interpreter), "schedule", !command.LeaveUnlocked, now);
                if (!outcome.Moved.Contains(meeting) && !outcome.Replaced.Contains(meeting))
                {
                    // A meeting that lost its published place since (its slot was removed) and gets a new one moved.
                    (movedSincePublish.Contains(id) ? outcome.Moved : outcome.Placed).Add(meeting);
                }
            }
        }

        foreach (var other in await db.ScheduleRuns.Where(r => r.EventId == run.EventId && r.Id != run.Id && r.Status == ScheduleRunStatuses.Draft).ToListAsync(cancellationToken))
        {
            other.Discard(now);
        }

        await published.RecordAsync(outcome, cancellationToken);
        run.Publish(caller.Subject, now);
        return run.Id;
    }

    private static BusinessRuleException Stale() =>
        new("draft-stale", "The event's meetings, slots, tables or participants changed since this run read them; start a new run");
}
