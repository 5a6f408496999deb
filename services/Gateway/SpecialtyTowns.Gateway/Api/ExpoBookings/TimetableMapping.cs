using SpecialtyTowns.Expo.V1;

namespace SpecialtyTowns.Gateway.Api.ExpoBookings;

/// <summary>Proto to JSON for bookings and the timetable (empty strings become null).</summary>
public static class TimetableMapping
{
    public static PlacementResponse ToResponse(MeetingPlacement p) => new(
        p.MeetingId,
        p.EventId,
        p.Status,
        Blank(p.SlotId),
        Blank(p.TableId),
        Blank(p.InterpreterId),
        p.StartsAt?.ToDateTimeOffset(),
        p.EndsAt?.ToDateTimeOffset(),
        Blank(p.TableLabel),
        [.. p.ParticipantIds],
        Blank(p.PlacedBy),
        p.Locked);

    public static TimetableResponse ToResponse(Timetable t) => new(
        t.EventId,
        t.TimeZone,
        [.. t.Slots.Select(s => new TimetableSlotResponse(s.Id, s.StartsAt.ToDateTimeOffset(), s.EndsAt.ToDateTimeOffset()))],
        [.. t.Tables.Select(x => new TimetableTableResponse(x.Id, x.Label, Blank(x.Zone), x.HallName, x.Seats))],
        [.. t.Participants.Select(p => new TimetableParticipantResponse(p.Id, p.Kind, p.Name, Blank(p.NameEn)))],
        [.. t.Meetings.Select(m => new TimetableMeetingResponse(m.Id, m.SlotId, m.TableId, [.. m.ParticipantIds], Blank(m.InterpreterName), Blank(m.InterpreterLanguage), m.Locked, Blank(m.PlacedBy)))]);

    private static string? Blank(string value) => value.Length == 0 ? null : value;
}
