using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.Expo.Application.Access;
using SpecialtyTowns.Expo.Domain.Participants;
using SpecialtyTowns.Expo.Domain.Requests;
using SpecialtyTowns.Expo.Infrastructure;
using SpecialtyTowns.SharedKernel;
using SpecialtyTowns.SharedKernel.Errors;

namespace SpecialtyTowns.Expo.Application.Requests;

/// <summary>A participant reads its own requests (and the event's organizer any of the event's); anyone else finds nothing.</summary>
public sealed class ReadMeetingRequests(ExpoDbContext db, EventAccess access)
{
    public const int MaxListed = 500;

    public async Task<RequestView> GetAsync(Guid id, Caller caller, CancellationToken cancellationToken)
    {
        var request = await db.MeetingRequests.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, cancellationToken)
            ?? throw new NotFoundException("MeetingRequest", id.ToString());
        var own = await access.OwnParticipantAsync(request.EventId, caller, cancellationToken);
        var isParty = own is not null && request.PartyIds.Contains(own.Id);
        if (!isParty && !await ManagesAsync(request.EventId, caller, cancellationToken))
        {
            throw new NotFoundException("MeetingRequest", id.ToString());
        }

        return (await ViewsAsync([request], cancellationToken))[0];
    }

    /// <param name="box">"received", "sent" or "all".</param>
    public async Task<RequestList> ListAsync(Guid eventId, string box, string? status, Caller caller, CancellationToken cancellationToken)
    {
        var me = await access.OwnParticipantAsync(eventId, caller, cancellationToken)
            ?? throw new NotFoundException("Participant", eventId.ToString());
        var query = db.MeetingRequests.AsNoTracking().Where(r => r.EventId == eventId && r.Parties.Any(p => p.ParticipantId == me.Id));
        query = box switch
        {
            "sent" => query.Where(r => r.FromParticipantId == me.Id),
            "received" => query.Where(r => r.FromParticipantId != me.Id),
            _ => query,
        };
        if (!string.IsNullOrEmpty(status))
        {
            query = query.Where(r => r.Status == status);
        }

        var requests = await query.OrderByDescending(r => r.CreatedAt).Take(MaxListed).ToListAsync(cancellationToken);
        return new RequestList(me, await ViewsAsync(requests, cancellationToken));
    }

    public async Task<IReadOnlyList<RequestView>> ViewsAsync(IReadOnlyCollection<MeetingRequest> requests, CancellationToken cancellationToken)
    {
        var ids = requests.SelectMany(r => r.PartyIds).Distinct().ToList();
        var parties = await db.Participants.AsNoTracking().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
        return [.. requests.Select(r => new RequestView(r, parties))];
    }

    /// <summary>The approved participants the caller may ask, by the event's kind rules.</summary>
    public async Task<(Participant Me, IReadOnlyList<Participant> Others)> RequestableAsync(Guid eventId, Caller caller, CancellationToken cancellationToken)
    {
        var expoEvent = await db.Events.AsNoTracking().SingleOrDefaultAsync(e => e.Id == eventId, cancellationToken)
            ?? throw new NotFoundException("Event", eventId.ToString());
        var me = await access.ApprovedParticipantAsync(eventId, caller, cancellationToken);
        var kinds = ParticipantKinds.All.Where(k => Domain.Setup.RequestRules.Allows(expoEvent.RequestRules, me.Kind, k)).ToList();
        var others = await db.Participants.AsNoTracking()
            .Where(p => p.EventId == eventId && p.Id != me.Id && p.Status == ParticipantStatuses.Approved && kinds.Contains(p.Kind))
            .OrderBy(p => p.Kind).ThenBy(p => p.Name)
            .ToListAsync(cancellationToken);
        return (me, others);
    }

    private async Task<bool> ManagesAsync(Guid eventId, Caller caller, CancellationToken cancellationToken)
    {
        try
        {
            await access.ManagedEventAsync(eventId, caller, cancellationToken, track: false);
            return true;
        }
        catch (NotFoundException)
        {
            return false;
        }
    }
}
