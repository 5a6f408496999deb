using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.Expo.Application.Access;
using SpecialtyTowns.Expo.Domain.Participants;
using SpecialtyTowns.Expo.Infrastructure;
using SpecialtyTowns.SharedKernel;

namespace SpecialtyTowns.Expo.Application.CheckIn;

/// <summary>The event's venue check-ins for its desk: the newest first, with how many there are against the approved participants.</summary>
public sealed class ListCheckIns(ExpoDbContext db, EventAccess access)
{
    public async Task<CheckInListView> ExecuteAsync(Guid eventId, int limit, Caller caller, CancellationToken cancellationToken)
    {
        await access.ManagedEventAsync(eventId, caller, cancellationToken, track: false);
        var rows = await db.CheckIns.AsNoTracking()
            .Where(c => c.EventId == eventId)
            .OrderByDescending(c => c.CheckedInAt)
            .Take(limit)
            .Join(db.Participants, c => c.ParticipantId, p => p.Id, (c, p) => new { CheckIn = c, Participant = p })
            .ToListAsync(cancellationToken);
        var total = await db.CheckIns.CountAsync(c => c.EventId == eventId, cancellationToken);
        var approved = await db.Participants.CountAsync(p => p.EventId == eventId && p.Status == ParticipantStatuses.Approved, cancellationToken);
        var views = rows
            .OrderByDescending(r => r.CheckIn.CheckedInAt)
            .Select(r => new CheckInView(
                r.CheckIn.Id,
                eventId,
                r.Participant.Id,
                r.CheckIn.AttendeeId,
                r.Participant.Name,
                r.Participant.NameEn,
                r.Participant.Attendees.FirstOrDefault(a => a.Id == r.CheckIn.AttendeeId)?.Name,
                r.Participant.Kind,
                r.CheckIn.Method,
                r.CheckIn.CheckedInBy,
                r.CheckIn.CheckedInAt,
                false))
            .ToList();
        return new CheckInListView(views, total, approved);
    }
}
