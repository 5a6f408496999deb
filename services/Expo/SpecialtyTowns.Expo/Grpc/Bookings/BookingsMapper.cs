using Google.Protobuf.WellKnownTypes;
using SpecialtyTowns.Expo.Application.Bookings;
using SpecialtyTowns.Expo.V1;

namespace SpecialtyTowns.Expo.Grpc.Bookings;

/// <summary>Booking results and the timetable as proto messages (absent values as empty strings).</summary>
public static class BookingsMapper
{
    public static V1.MeetingPlacement ToMessage(Application.Bookings.MeetingPlacement placement)
    {
        var message = new V1.MeetingPlacement
        {
            MeetingId = placement.MeetingId.ToString(),
            EventId = placement.EventId.ToString(),
            Status = placement.Status,
            SlotId = placement.SlotId?.ToString() ?? string.Empty,
            TableId = placement.TableId?.ToString() ?? string.Empty,
            InterpreterId = placement.InterpreterId?.ToString() ?? string.Empty,
            TableLabel = placement.TableLabel ?? string.Empty,
            PlacedBy = placement.PlacedBy ?? string.Empty,
            Locked = placement.Locked,
            StartsAt = placement.StartsAt is { } start ? Timestamp.FromDateTimeOffset(start) : null,
            EndsAt = placement.EndsAt is { } end ? Timestamp.FromDateTimeOffset(end) : null,
        };
        message.ParticipantIds.AddRange(placement.ParticipantIds.Select(p => p.ToString()));
        return message;
    }

    public static V1.Timetable ToMessage(TimetableData data)
    {
        var halls = data.Halls.ToDictionary(h => h.Id, h => h.Name);
        var interpreters = data.Interpreters.ToDictionary(i => i.Id, i => i.Name);
        var message = new V1.Timetable { EventId = data.EventId.ToString(), TimeZone = data.TimeZone };
        message.Slots.AddRange(data.Slots.Select(s => new TimetableSlot
        {
            Id = s.Id.ToString(),
            StartsAt = Timestamp.FromDateTimeOffset(s.StartsAt),
            EndsAt = Timestamp.FromDateTimeOffset(s.EndsAt),
        }));
        message.Tables.AddRange(data.Tables.Select(t => new TimetableTable
        {
            Id = t.Id.ToString(),
            Label = t.Label,
            Zone = t.Zone ?? string.Empty,
            HallName = halls.GetValueOrDefault(t.HallId, string.Empty),
            Seats = t.Seats,
        }));
        message.Participants.AddRange(data.Participants.Select(p => new TimetableParticipant
        {
            Id = p.Id.ToString(),
            Kind = p.Kind,
            Name = p.Name,
            NameEn = p.NameEn ?? string.Empty,
        }));
        message.Meetings.AddRange(data.Meetings.Select(m =>
        {
            var meeting = new TimetableMeeting
            {
                Id = m.Id.ToString(),
                SlotId = m.SlotId?.ToString() ?? string.Empty,
                TableId = m.TableId?.ToString() ?? string.Empty,
                InterpreterName = m.InterpreterId is { } i ? interpreters.GetValueOrDefault(i, string.Empty) : string.Empty,
                InterpreterLanguage = m.InterpreterLanguage ?? string.Empty,
                Locked = m.Locked,
                PlacedBy = m.PlacedBy ?? string.Empty,
            };
            meeting.ParticipantIds.AddRange(m.PartyIds.Select(p => p.ToString()));
            return meeting;
        }));
        return message;
    }
}
