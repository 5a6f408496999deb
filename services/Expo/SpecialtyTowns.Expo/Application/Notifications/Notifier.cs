using SpecialtyTowns.Expo.Domain.Notifications;
using SpecialtyTowns.Expo.Infrastructure;

namespace SpecialtyTowns.Expo.Application.Notifications;

/// <summary>
/// Writes inbox entries into the use case's unit of work, so a participant is told of a change
/// exactly when the change commits (the use case adds its integration event to the outbox beside it).
/// </summary>
public sealed class Notifier(ExpoDbContext db, TimeProvider clock)
{
    public void Notify(Guid eventId, IEnumerable<Guid> participantIds, string kind, Guid? requestId = null, Guid? meetingId = null, IReadOnlyDictionary<string, string>? data = null)
    {
        var now = clock.GetUtcNow();
        foreach (var participantId in participantIds.Distinct())
        {
            db.Notifications.Add(ParticipantNotification.Of(eventId, participantId, kind, requestId, meetingId, data, now));
        }
    }
}
