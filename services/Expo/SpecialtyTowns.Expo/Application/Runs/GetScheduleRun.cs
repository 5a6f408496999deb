using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.Expo.Application.Access;
using SpecialtyTowns.Expo.Domain.Scheduling;
using SpecialtyTowns.Expo.Infrastructure;
using SpecialtyTowns.SharedKernel;
using SpecialtyTowns.SharedKernel.Errors;

namespace SpecialtyTowns.Expo.Application.Runs;

/// <summary>Reads runs for the organizer of their event (another organizer's run is 404); the draft is described for review.</summary>
public sealed class GetScheduleRun(ExpoDbContext db, EventAccess access, ScheduleInputBuilder inputs, DraftDescriber describer)
{
    /// <exception cref="NotFoundException">No such run, or the caller does not run its event.</exception>
    public async Task<(ScheduleRun Run, DraftReview? Draft)> ExecuteAsync(Guid runId, Caller caller, CancellationToken cancellationToken)
    {
        caller.RequireRole(Roles.Organizer, Roles.Admin);
        var run = await db.ScheduleRuns.AsNoTracking().SingleOrDefaultAsync(r => r.Id == runId, cancellationToken)
            ?? throw new NotFoundException("ScheduleRun", runId.ToString());
        await access.ManagedEventAsync(run.EventId, caller, cancellationToken, track: false);
        if (RunJson.Draft(run.Result) is not { } draft)
        {
            return (run, null);
        }

        var stale = run.Status == ScheduleRunStatuses.Draft && draft.Fingerprint != await inputs.FingerprintAsync(run.EventId, cancellationToken);
        return (run, await describer.DescribeAsync(run.EventId, draft, stale, cancellationToken));
    }

    public async Task<IReadOnlyList<ScheduleRun>> ListAsync(Guid eventId, Caller caller, CancellationToken cancellationToken)
    {
        caller.RequireRole(Roles.Organizer, Roles.Admin);
        await access.ManagedEventAsync(eventId, caller, cancellationToken, track: false);
        return await db.ScheduleRuns.AsNoTracking().Where(r => r.EventId == eventId)
            .OrderByDescending(r => r.RequestedAt).Take(20).ToListAsync(cancellationToken);
    }
}
