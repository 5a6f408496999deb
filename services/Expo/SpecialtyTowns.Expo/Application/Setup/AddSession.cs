using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.Expo.Domain.Setup;
using SpecialtyTowns.SharedKernel;

namespace SpecialtyTowns.Expo.Application.Setup;

/// <summary>
/// The organizer adds a session of one day; its slots are generated in the same transaction. A
/// slot overlapping one the event already has is refused by the database (nothing is stored).
/// </summary>
public sealed class AddSession(AddSetupItem frame)
{
    public async Task<(ExpoSession Session, IReadOnlyList<Slot> Slots)> ExecuteAsync(AddSessionCommand command, Caller caller, CancellationToken cancellationToken)
    {
        var id = await frame.ExecuteAsync(command, command.EventId, nameof(AddSession), "session", caller, async (expoEvent, ct) =>
        {
            SessionSlots.Ensure(expoEvent, command.Day, command.StartsAt, command.EndsAt, command.MeetingMinutes, command.BreakMinutes);

            // The same session sent again (a client's retry without its key) is that session, not an overlap.
            var same = await frame.Db.Sessions.AsNoTracking()
                .Where(s => s.EventId == expoEvent.Id && s.Day == command.Day && s.StartsAt == command.StartsAt && s.EndsAt == command.EndsAt
                    && s.MeetingMinutes == command.MeetingMinutes && s.BreakMinutes == command.BreakMinutes)
                .Select(s => (Guid?)s.Id)
                .FirstOrDefaultAsync(ct);
            if (same is { } existing)
            {
                return (existing, (IReadOnlyList<Guid>)[]);
            }

            var session = ExpoSession.Create(expoEvent.Id, command.Day, command.StartsAt, command.EndsAt, command.MeetingMinutes, command.BreakMinutes, command.Name, command.NameEn);
            frame.Db.Sessions.Add(session);
            foreach (var (startsAt, endsAt) in SessionSlots.Generate(session, expoEvent.TimeZone))
            {
                frame.Db.Slots.Add(Slot.Create(expoEvent.Id, session.Id, startsAt, endsAt));
            }

            return (session.Id, (IReadOnlyList<Guid>)[session.Id]);
        }, cancellationToken);
        var created = await frame.Db.Sessions.AsNoTracking().SingleAsync(s => s.Id == id, cancellationToken);
        var slots = await frame.Db.Slots.AsNoTracking().Where(s => s.SessionId == id).OrderBy(s => s.StartsAt).ToListAsync(cancellationToken);
        return (created, slots);
    }
}
