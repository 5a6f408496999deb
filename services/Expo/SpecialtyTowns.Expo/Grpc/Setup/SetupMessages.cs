using System.Globalization;
using Google.Protobuf.WellKnownTypes;
using SpecialtyTowns.Expo.Application.Setup;
using SpecialtyTowns.Expo.Domain.Setup;
using SpecialtyTowns.Expo.V1;
using DomainEvent = SpecialtyTowns.Expo.Domain.ExpoEvent;
using DomainParticipant = SpecialtyTowns.Expo.Domain.Participants.Participant;

namespace SpecialtyTowns.Expo.Grpc.Setup;

/// <summary>Domain set-up and registrations as messages (local times in the event's time zone).</summary>
public static class SetupMessages
{
    public const string TimeFormat = "HH:mm";

    public static EventSettings Settings(DomainEvent e)
    {
        var settings = new EventSettings
        {
            EventId = e.Id.ToString(),
            Venue = e.Venue ?? string.Empty,
            RequestExpiryHours = e.RequestExpiryHours,
            ReminderHoursBefore = e.ReminderHoursBefore,
            RegistrationOpen = e.RegistrationOpen,
            TimeZone = e.TimeZone,
        };
        settings.RequestRules.AddRange(e.RequestRules);
        if (e.MaxMeetingsInvestor is { } investor)
        {
            settings.MaxMeetingsInvestor = investor;
        }

        if (e.MaxMeetingsTown is { } town)
        {
            settings.MaxMeetingsTown = town;
        }

        if (e.MaxMeetingsEnterprise is { } enterprise)
        {
            settings.MaxMeetingsEnterprise = enterprise;
        }

        return settings;
    }

    public static EventSetup Setup(EventSetupView view)
    {
        var e = view.Event;
        var setup = new EventSetup
        {
            EventId = e.Id.ToString(),
            Name = e.Name,
            StartsOn = e.StartsOn.ToString(ExpoEventMapper.DateFormat, CultureInfo.InvariantCulture),
            EndsOn = e.EndsOn.ToString(ExpoEventMapper.DateFormat, CultureInfo.InvariantCulture),
            Settings = Settings(e),
            ParticipantsPending = view.ParticipantsPending,
            ParticipantsApproved = view.ParticipantsApproved,
        };
        setup.Halls.AddRange(view.Halls.Select(Hall));
        setup.Tables.AddRange(view.Tables.Select(Table));
        setup.Sessions.AddRange(view.Sessions.Select(Session));
        setup.Slots.AddRange(view.Slots.Select(s => Slot(s, e.TimeZone, view.PlacedMeetings.GetValueOrDefault(s.Id))));
        setup.Interpreters.AddRange(view.Interpreters.Select(Interpreter));
        return setup;
    }

    public static EventHall Hall(Domain.Setup.Hall hall) => new()
    {
        Id = hall.Id.ToString(),
        EventId = hall.EventId.ToString(),
        Name = hall.Name,
        NameEn = hall.NameEn ?? string.Empty,
        Position = hall.Position,
    };

    public static EventTable Table(ExpoTable table) => new()
    {
        Id = table.Id.ToString(),
        EventId = table.EventId.ToString(),
        HallId = table.HallId.ToString(),
        Label = table.Label,
        Seats = table.Seats,
        Zone = table.Zone ?? string.Empty,
    };

    public static EventSession Session(ExpoSession session) => new()
    {
        Id = session.Id.ToString(),
        EventId = session.EventId.ToString(),
        Day = session.Day.ToString(ExpoEventMapper.DateFormat, CultureInfo.InvariantCulture),
        StartsAt = session.StartsAt.ToString(TimeFormat, CultureInfo.InvariantCulture),
        EndsAt = session.EndsAt.ToString(TimeFormat, CultureInfo.InvariantCulture),
        MeetingMinutes = session.MeetingMinutes,
        BreakMinutes = session.BreakMinutes,
        Name = session.Name ?? string.Empty,
        NameEn = session.NameEn ?? string.Empty,
    };

    public static EventSlot Slot(Domain.Setup.Slot slot, string timeZone, int placedMeetings = 0) => new()
    {
        Id = slot.Id.ToString(),
        EventId = slot.EventId.ToString(),
        SessionId = slot.SessionId?.ToString() ?? string.Empty,
        StartsAt = Timestamp.FromDateTimeOffset(slot.StartsAt),
        EndsAt = Timestamp.FromDateTimeOffset(slot.EndsAt),
        LocalStartsAt = SessionSlots.ToLocal(slot.StartsAt, timeZone).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture),
        LocalEndsAt = SessionSlots.ToLocal(slot.EndsAt, timeZone).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture),
        PlacedMeetings = placedMeetings,
    };

    public static EventInterpreter Interpreter(Domain.Setup.Interpreter interpreter)
    {
        var message = new EventInterpreter { Id = interpreter.Id.ToString(), EventId = interpreter.EventId.ToString(), Name = interpreter.Name };
        message.Languages.AddRange(interpreter.Languages);
        return message;
    }

    public static EventParticipant Participant(DomainParticipant participant, IEnumerable<Guid>? unavailableSlotIds = null)
    {
        var message = new EventParticipant
        {
            Id = participant.Id.ToString(),
            EventId = participant.EventId.ToString(),
            Kind = participant.Kind,
            SubjectId = participant.SubjectId.ToString(),
            OrganisationId = participant.OrganisationId?.ToString() ?? string.Empty,
            Name = participant.Name,
            NameEn = participant.NameEn ?? string.Empty,
            Seats = participant.Seats,
            Status = participant.Status,
            RegisteredAt = Timestamp.FromDateTimeOffset(participant.RegisteredAt),
            DecisionNote = participant.DecisionNote ?? string.Empty,
        };
        if (participant.MaxMeetings is { } max)
        {
            message.MaxMeetings = max;
        }

        message.Languages.AddRange(participant.Languages);
        foreach (var attendee in participant.Attendees)
        {
            var item = new ParticipantAttendee
            {
                Id = attendee.Id.ToString(),
                Name = attendee.Name,
                Title = attendee.Title ?? string.Empty,
                EnterpriseId = attendee.EnterpriseId?.ToString() ?? string.Empty,
            };
            item.Languages.AddRange(attendee.Languages);
            message.Attendees.Add(item);
        }

        message.UnavailableSlotIds.AddRange((unavailableSlotIds ?? []).Select(id => id.ToString()));
        return message;
    }
}
