using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.Expo.Application.Access;
using SpecialtyTowns.Expo.Domain.Meetings;
using SpecialtyTowns.Expo.Infrastructure;
using SpecialtyTowns.Idempotency;
using SpecialtyTowns.SharedKernel;
using SpecialtyTowns.SharedKernel.Errors;

namespace SpecialtyTowns.Expo.Application.Runs;

/// <summary>The organizer locks a placed meeting (later runs keep it where it is) or unlocks it (they may move it, as little as possible).</summary>
public sealed class SetMeetingLocked(ExpoDbContext db, EventAccess access, IIdempotency idempotency)
{
    /// <exception cref="BusinessRuleException">Locking a meeting that has no place ("meeting-not-placed").</exception>
    public async Task<Meeting> ExecuteAsync(SetMeetingLockedCommand command, Caller caller, CancellationToken cancellationToken)
    {
        caller.RequireRole(Roles.Organizer, Roles.Admin);
        await idempotency.ExecuteAsync(caller, nameof(SetMeetingLocked), command, async ct =>
        {
            var meeting = await db.Meetings.SingleOrDefaultAsync(m => m.Id == command.MeetingId, ct)
                ?? throw new NotFoundException("Meeting", command.MeetingId.ToString());
            await access.ManagedEventAsync(meeting.EventId, caller, ct, track: false);
            if (command.Locked && !meeting.IsPlaced)
            {
                throw new BusinessRuleException("meeting-not-placed", "Only a meeting with a slot and a table can be locked");
            }

            if (meeting.Locked != command.Locked)
            {
                meeting.SetLocked(command.Locked);
            }

            return meeting.Id;
        }, cancellationToken);
        return await db.Meetings.AsNoTracking().SingleAsync(m => m.Id == command.MeetingId, cancellationToken);
    }
}
