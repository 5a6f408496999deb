using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.Expo.Application.Access;
using SpecialtyTowns.Expo.Domain.Meetings;
using SpecialtyTowns.Expo.Domain.Participants;
using SpecialtyTowns.Expo.Infrastructure;
using SpecialtyTowns.SharedKernel;

namespace SpecialtyTowns.Expo.Application.Requests;

/// <summary>Only the event's organizer (or an admin) sees every request of it; for anyone else the event does not exist.</summary>
public sealed class GetRequestsOverview(ExpoDbContext db, EventAccess access, ReadMeetingRequests reads)
{
    public const int MaxListed = 2000;

    public async Task<RequestsOverview> ExecuteAsync(Guid eventId, Caller caller, CancellationToken cancellationToken)
    {
        await access.ManagedEventAsync(eventId, caller, cancellationToken, track: false);
        var counts = await db.MeetingRequests.AsNoTracking().Where(r => r.EventId == eventId)
            .GroupBy(r => r.Status).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var requests = await db.MeetingRequests.AsNoTracking().Where(r => r.EventId == eventId)
            .OrderByDescending(r => r.CreatedAt).Take(MaxListed).ToListAsync(cancellationToken);
        var withoutMeetings = await db.Participants.AsNoTracking()
            .Where(p => p.EventId == eventId && p.Status == ParticipantStatuses.Approved)
            .Where(p => !db.Meetings.Any(m => m.EventId == eventId && m.Status != MeetingStatuses.Cancelled && m.Parties.Any(mp => mp.ParticipantId == p.Id)))
            .OrderBy(p => p.Kind).ThenBy(p => p.Name)
            .ToListAsync(cancellationToken);
        return new RequestsOverview(counts, await reads.ViewsAsync(requests, cancellationToken), withoutMeetings);
    }
}
