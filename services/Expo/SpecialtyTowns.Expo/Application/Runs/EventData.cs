using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.Expo.Domain;
using SpecialtyTowns.Expo.Domain.Meetings;
using SpecialtyTowns.Expo.Domain.Participants;
using SpecialtyTowns.Expo.Domain.Setup;
using SpecialtyTowns.Expo.Infrastructure;

namespace SpecialtyTowns.Expo.Application.Runs;

/// <summary>Everything of an event a scheduling run depends on, read without tracking.</summary>
internal sealed record EventData(
    ExpoEvent Event,
    List<Slot> Slots,
    List<ExpoTable> Tables,
    List<Interpreter> Interpreters,
    List<Participant> Participants,
    List<ParticipantUnavailability> Unavailability,
    List<Meeting> Meetings)
{
    public static async Task<EventData> LoadAsync(ExpoDbContext db, Guid eventId, CancellationToken cancellationToken)
    {
        var expoEvent = await db.Events.AsNoTracking().SingleAsync(e => e.Id == eventId, cancellationToken);
        var slots = await db.Slots.AsNoTracking().Where(s => s.EventId == eventId).OrderBy(s => s.StartsAt).ToListAsync(cancellationToken);
        var tables = await db.Tables.AsNoTracking().Where(t => t.EventId == eventId).OrderBy(t => t.Label).ToListAsync(cancellationToken);
        var interpreters = await db.Interpreters.AsNoTracking().Where(i => i.EventId == eventId).OrderBy(i => i.Name).ToListAsync(cancellationToken);
        var participants = await db.Participants.AsNoTracking().Where(p => p.EventId == eventId).ToListAsync(cancellationToken);
        var unavailability = await db.Unavailability.AsNoTracking()
            .Where(u => db.Participants.Any(p => p.Id == u.ParticipantId && p.EventId == eventId))
            .ToListAsync(cancellationToken);
        var meetings = await db.Meetings.AsNoTracking().Include(m => m.Parties).AsSplitQuery()
            .Where(m => m.EventId == eventId).OrderBy(m => m.Id).ToListAsync(cancellationToken);
        return new EventData(expoEvent, slots, tables, interpreters, participants, unavailability, meetings);
    }

    /// <summary>Changes whenever a meeting (its version), a slot, a table, an interpreter or a participant's scheduling data changes.</summary>
    public string Fingerprint() => ScheduleInputBuilder.Hash(
        Meetings.Select(m => $"m {m.Id} {m.Version} {m.Status}")
            .Concat(Slots.Select(s => string.Create(CultureInfo.InvariantCulture, $"s {s.Id} {s.StartsAt.UtcTicks} {s.EndsAt.UtcTicks}")))
            .Concat(Tables.Select(t => $"t {t.Id} {t.Seats}"))
            .Concat(Interpreters.Select(i => $"i {i.Id} {string.Join(',', i.Languages)}"))
            .Concat(Participants.Select(p => $"p {p.Id} {p.Status} {p.Seats} {p.MaxMeetings} {string.Join(',', p.Languages)}"))
            .Concat(Unavailability.Select(u => $"u {u.ParticipantId} {u.SlotId}"))
            .Append(string.Create(CultureInfo.InvariantCulture, $"e {Event.MaxMeetingsInvestor} {Event.MaxMeetingsTown} {Event.MaxMeetingsEnterprise}")));
}
