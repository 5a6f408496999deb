using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.Expo.Domain.Bookings;
using SpecialtyTowns.Expo.Infrastructure;

namespace SpecialtyTowns.Expo.Application.Bookings;

/// <summary>
/// Finds the first free place of a meeting in one query over the occupancy rows as committed now:
/// the earliest slot in which every party is available and free, the smallest table that fits
/// and is free in it, and (when the meeting needs one) a free interpreter who speaks its
/// language. It only proposes: the occupancy's unique indexes decide at the save, and a booking
/// that loses a race asks again, seeing the winner's rows.
/// </summary>
public sealed class FreePlaces(ExpoDbContext db)
{
    /// <summary>
    /// The first place, or null when none is left. A chosen slot is taken as given (the database
    /// answers whether its parties and chosen table are free); with an open slot every resource,
    /// chosen or not, must be free in it.
    /// </summary>
    public async Task<BookingCandidate?> FirstAsync(FreePlaceQuery q, CancellationToken cancellationToken)
    {
        var slotOpen = q.SlotId is null;
        var rows = await db.Database.SqlQuery<BookingCandidate>($"""
            SELECT s.id AS "SlotId", t.id AS "TableId", i.id AS "InterpreterId"
            FROM slots s
            CROSS JOIN LATERAL (
                SELECT t.id FROM tables t
                WHERE t.event_id = {q.EventId}
                  AND CASE WHEN {q.TableId}::uuid IS NULL THEN t.seats >= {q.Seats} ELSE t.id = {q.TableId}::uuid END
                  AND (NOT {slotOpen} AND {q.TableId}::uuid IS NOT NULL OR NOT EXISTS (
                      SELECT 1 FROM slot_occupancy o
                      WHERE o.slot_id = s.id AND o.resource_kind = 'table' AND o.resource_id = t.id AND o.meeting_id <> {q.MeetingId}))
                ORDER BY t.seats, t.label COLLATE "C"
                LIMIT 1) t
            LEFT JOIN LATERAL (
                SELECT i.id FROM interpreters i
                WHERE i.event_id = {q.EventId}
                  AND CASE WHEN {q.InterpreterId}::uuid IS NULL THEN {q.Language}::text = ANY(i.languages) ELSE i.id = {q.InterpreterId}::uuid END
                  AND (NOT {slotOpen} AND {q.InterpreterId}::uuid IS NOT NULL OR NOT EXISTS (
                      SELECT 1 FROM slot_occupancy o
                      WHERE o.slot_id = s.id AND o.resource_kind = 'interpreter' AND o.resource_id = i.id AND o.meeting_id <> {q.MeetingId}))
                ORDER BY i.id
                LIMIT 1) i ON {q.Language}::text IS NOT NULL
            WHERE s.event_id = {q.EventId}
              AND CASE WHEN {slotOpen} THEN
                    NOT EXISTS (SELECT 1 FROM participant_unavailable_slots u WHERE u.slot_id = s.id AND u.participant_id = ANY({q.PartyIds}))
                    AND NOT EXISTS (
                        SELECT 1 FROM slot_occupancy o
                        WHERE o.slot_id = s.id AND o.resource_kind = 'participant' AND o.resource_id = ANY({q.PartyIds}) AND o.meeting_id <> {q.MeetingId})
                  ELSE s.id = {q.SlotId}::uuid END
              AND ({q.Language}::text IS NULL OR i.id IS NOT NULL)
            ORDER BY s.starts_at, s.id
            LIMIT 1
            """).ToListAsync(cancellationToken);
        return rows.Count == 0 ? null : rows[0];
    }
}
