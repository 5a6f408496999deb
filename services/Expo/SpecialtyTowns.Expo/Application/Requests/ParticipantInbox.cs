using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.Expo.Application.Access;
using SpecialtyTowns.Expo.Domain.Notifications;
using SpecialtyTowns.Expo.Domain.Participants;
using SpecialtyTowns.Expo.Infrastructure;
using SpecialtyTowns.SharedKernel;
using SpecialtyTowns.SharedKernel.Errors;

namespace SpecialtyTowns.Expo.Application.Requests;

/// <summary>A participant's notifications in an event: only its own, to list and to mark read.</summary>
public sealed class ParticipantInbox(ExpoDbContext db, EventAccess access, TimeProvider clock)
{
    public const int MaxListed = 200;

    public async Task<(Participant Me, IReadOnlyList<ParticipantNotification> Items, int Unread)> ListAsync(Guid eventId, bool unreadOnly, Caller caller, CancellationToken cancellationToken)
    {
        var me = await MeAsync(eventId, caller, cancellationToken);
        var mine = db.Notifications.AsNoTracking().Where(n => n.ParticipantId == me.Id);
        var unread = await mine.CountAsync(n => n.ReadAt == null, cancellationToken);
        var items = await (unreadOnly ? mine.Where(n => n.ReadAt == null) : mine)
            .OrderByDescending(n => n.CreatedAt).Take(MaxListed).ToListAsync(cancellationToken);
        return (me, items, unread);
    }

    /// <param name="ids">Empty: all of them.</param>
    public async Task<int> MarkReadAsync(Guid eventId, IReadOnlyCollection<Guid> ids, Caller caller, CancellationToken cancellationToken)
    {
        var me = await MeAsync(eventId, caller, cancellationToken);
        var now = clock.GetUtcNow();
        var query = db.Notifications.Where(n => n.ParticipantId == me.Id && n.ReadAt == null);
        if (ids.Count > 0)
        {
            query = query.Where(n => ids.Contains(n.Id));
        }

        return await query.ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, now), cancellationToken);
    }

    private async Task<Participant> MeAsync(Guid eventId, Caller caller, CancellationToken cancellationToken) =>
        await access.OwnParticipantAsync(eventId, caller, cancellationToken)
            ?? throw new NotFoundException("Participant", eventId.ToString());
}
