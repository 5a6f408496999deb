using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.Expo.Application.Notifications;
using SpecialtyTowns.Expo.Contracts;
using SpecialtyTowns.Expo.Domain.Meetings;
using SpecialtyTowns.Expo.Domain.Notifications;
using SpecialtyTowns.Expo.Infrastructure;
using SpecialtyTowns.Messaging.Outbox;
using SpecialtyTowns.SharedKernel.Errors;

namespace SpecialtyTowns.Expo.Application.Setup;

/// <summary>
/// A set-up change never drops a meeting silently: meetings placed where the change lands are
/// either the reason it is refused (409 naming them, rule "meetings-placed") or, when the caller
/// asked for it explicitly, unplaced (unscheduled again), their parties notified, an integration
/// event published and the ids reported back.
/// </summary>
public sealed class PlacedMeetings(ExpoDbContext db, Notifier notifier, IOutbox outbox)
{
    public const string Rule = "meetings-placed";

    public async Task<IReadOnlyList<Guid>> UnplaceOrRefuseAsync(Guid eventId, IReadOnlyCollection<Guid> slotIds, Guid? participantId, bool unplace, string reason, CancellationToken cancellationToken)
    {
        // A no-show meeting keeps its slot as the record; it holds nothing and is not moved out.
        var query = db.Meetings.Where(m => m.EventId == eventId && m.Status == MeetingStatuses.Scheduled && m.SlotId != null && slotIds.Contains(m.SlotId.Value));
        if (participantId is { } participant)
        {
            query = query.Where(m => m.Parties.Any(p => p.ParticipantId == participant));
        }

        var meetings = await query.OrderBy(m => m.Id).ToListAsync(cancellationToken);
        var ids = meetings.Select(m => m.Id).ToList();
        if (ids.Count == 0)
        {
            return ids;
        }

        if (!unplace)
        {
            throw new BusinessRuleException(Rule, $"{ids.Count} placed meeting(s) would lose their slot: {string.Join(", ", ids)}; set unplace_meetings to take them out and notify their parties", ["unplace_meetings"])
            {
                Metadata = new Dictionary<string, string> { ["meetingIds"] = string.Join(',', ids) },
            };
        }

        foreach (var meeting in meetings)
        {
            meeting.Unplace();
            notifier.Notify(eventId, meeting.PartyIds, NotificationKinds.MeetingUnscheduled, meetingId: meeting.Id, data: new Dictionary<string, string> { ["reason"] = reason });
        }

        outbox.Add(new MeetingsUnplacedBySetup(eventId, ids, reason));
        return ids;
    }
}
