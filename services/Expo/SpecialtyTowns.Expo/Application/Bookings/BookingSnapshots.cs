using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.Expo.Domain.Bookings;
using SpecialtyTowns.Expo.Domain.Meetings;
using SpecialtyTowns.Expo.Domain.Participants;
using SpecialtyTowns.Expo.Infrastructure;

namespace SpecialtyTowns.Expo.Application.Bookings;

/// <summary>Reads what a booking checks the caller's choice against, and the parties' limits under a row lock.</summary>
public sealed class BookingSnapshots(ExpoDbContext db)
{
    public async Task<BookingSnapshot> ReadAsync(Meeting meeting, IReadOnlyList<Participant> parties, CancellationToken cancellationToken)
    {
        var eventId = meeting.EventId;
        var partyIds = parties.Select(p => p.Id).ToList();
        var slots = await db.Slots.AsNoTracking().Where(s => s.EventId == eventId).OrderBy(s => s.StartsAt).ToListAsync(cancellationToken);
        var tables = await db.Tables.AsNoTracking().Where(t => t.EventId == eventId).ToListAsync(cancellationToken);
        var interpreters = await db.Interpreters.AsNoTracking().Where(i => i.EventId == eventId).ToListAsync(cancellationToken);
        var unavailable = await db.Unavailability.AsNoTracking().Where(u => partyIds.Contains(u.ParticipantId)).Select(u => u.SlotId).Distinct().ToListAsync(cancellationToken);
        return new BookingSnapshot
        {
            Slots = slots,
            Tables = tables,
            Interpreters = interpreters,
            Seats = parties.Sum(p => p.Seats),
            UnavailableSlots = unavailable.ToHashSet(),
        };
    }

    /// <summary>
    /// Meeting limits are counts, which no unique index can guard: the parties that have a limit are
    /// locked (in id order, so two bookings never wait on each other) before counting, so concurrent
    /// bookings of one party count one after the other. FOR NO KEY UPDATE does not block the foreign
    /// keys' KEY SHARE locks of bookings that only insert rows naming the party.
    /// </summary>
    public async Task EnsureWithinLimitsAsync(Meeting meeting, IReadOnlyList<Participant> parties, Func<string, int?> eventLimit, CancellationToken cancellationToken)
    {
        var limited = parties.Select(p => (Party: p, Limit: p.MaxMeetings ?? eventLimit(p.Kind))).Where(p => p.Limit is not null).OrderBy(p => p.Party.Id).ToList();
        if (limited.Count == 0)
        {
            return;
        }

        var ids = limited.Select(p => p.Party.Id).ToArray();
        await db.Database.ExecuteSqlAsync($"SELECT id FROM participants WHERE id = ANY({ids}) ORDER BY id FOR NO KEY UPDATE", cancellationToken);
        foreach (var (party, limit) in limited)
        {
            var placed = await db.Occupancy.CountAsync(
                o => o.EventId == meeting.EventId && o.ResourceKind == ResourceKinds.Participant && o.ResourceId == party.Id && o.MeetingId != meeting.Id,
                cancellationToken);
            BookingRules.EnsureWithinLimit(party.Name, limit, placed);
        }
    }
}
