using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.Expo.Domain;
using SpecialtyTowns.Expo.Domain.Meetings;
using SpecialtyTowns.Expo.Domain.Participants;
using SpecialtyTowns.Expo.Infrastructure;

namespace SpecialtyTowns.Expo.Application.Agenda;

/// <summary>
/// Reads a participant's meetings for its agenda and its calendar feed: every meeting that has (or
/// had) a place, with the slot, table, hall and other parties, in a handful of queries. A meeting
/// never placed has no time and is not on the agenda.
/// </summary>
public sealed class AgendaReader(ExpoDbContext db)
{
    public async Task<AgendaData> ReadAsync(ExpoEvent expoEvent, Participant participant, CancellationToken cancellationToken)
    {
        var meetings = await db.Meetings.AsNoTracking()
            .IgnoreAutoIncludes()
            .Include(m => m.Parties)
            .Where(m => m.EventId == expoEvent.Id && (m.SlotId != null || m.CalendarSlotId != null) && m.Parties.Any(p => p.ParticipantId == participant.Id))
            .ToListAsync(cancellationToken);
        var slotIds = meetings.Select(SlotOf).Distinct().ToList();
        var tableIds = meetings.Select(TableOf).OfType<Guid>().Distinct().ToList();
        var otherIds = meetings.SelectMany(m => m.PartyIds).Where(p => p != participant.Id).Distinct().ToList();
        var slots = await db.Slots.AsNoTracking().Where(s => slotIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, cancellationToken);
        var tables = await db.Tables.AsNoTracking().Where(t => tableIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, cancellationToken);
        var hallIds = tables.Values.Select(t => t.HallId).Distinct().ToList();
        var halls = await db.Halls.AsNoTracking().Where(h => hallIds.Contains(h.Id)).ToDictionaryAsync(h => h.Id, cancellationToken);
        var others = await db.Participants.AsNoTracking().Where(p => otherIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
        var feed = await db.CalendarFeeds.AsNoTracking().SingleOrDefaultAsync(f => f.ParticipantId == participant.Id && f.RevokedAt == null, cancellationToken);

        var entries = new List<AgendaEntry>(meetings.Count);
        foreach (var meeting in meetings)
        {
            // A slot deleted after the meeting lost its place leaves no time to show.
            if (!slots.TryGetValue(SlotOf(meeting), out var slot))
            {
                continue;
            }

            var table = TableOf(meeting) is { } tableId ? tables.GetValueOrDefault(tableId) : null;
            var hall = table is null ? null : halls.GetValueOrDefault(table.HallId);
            entries.Add(new AgendaEntry(
                meeting.Id,
                meeting.Status,
                slot.StartsAt,
                slot.EndsAt,
                table?.Label ?? string.Empty,
                hall?.Name ?? string.Empty,
                hall?.NameEn,
                table?.Zone,
                [.. meeting.PartyIds.Where(p => p != participant.Id).Select(p => others.GetValueOrDefault(p)).OfType<Participant>().OrderBy(p => p.Name, StringComparer.Ordinal)],
                meeting.ProjectId,
                meeting.GapId,
                meeting.CalendarSequence,
                meeting.CancelledAt ?? meeting.PlacedAt ?? meeting.CreatedAt));
        }

        return new AgendaData(expoEvent, participant, [.. entries.OrderBy(e => e.StartsAt).ThenBy(e => e.MeetingId)], feed);
    }

    // Its place, or (unplaced, cancelled) the latest it had; rows written straight to the database may lack the latter.
    private static Guid SlotOf(Meeting meeting) => meeting.SlotId ?? meeting.CalendarSlotId!.Value;

    private static Guid? TableOf(Meeting meeting) => meeting.TableId ?? meeting.CalendarTableId;
}
