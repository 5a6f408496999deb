using Google.Protobuf.WellKnownTypes;
using SpecialtyTowns.Expo.V1;

namespace SpecialtyTowns.Gateway.Api.ExpoSetup;

/// <summary>Set-up and registration messages as REST bodies, and back (empty strings become null).</summary>
public static class ExpoSetupMapping
{
    public static SetupResponse ToResponse(EventSetup s) => new(
        s.EventId,
        s.Name,
        s.StartsOn,
        s.EndsOn,
        ToResponse(s.Settings),
        s.Halls.Select(ToResponse).ToList(),
        s.Tables.Select(ToResponse).ToList(),
        s.Sessions.Select(ToResponse).ToList(),
        s.Slots.Select(ToResponse).ToList(),
        s.Interpreters.Select(ToResponse).ToList(),
        s.ParticipantsPending,
        s.ParticipantsApproved);

    public static SettingsResponse ToResponse(EventSettings s) => new(
        s.EventId,
        Null(s.Venue),
        s.RequestExpiryHours,
        s.ReminderHoursBefore,
        [.. s.RequestRules],
        s.HasMaxMeetingsInvestor ? s.MaxMeetingsInvestor : null,
        s.HasMaxMeetingsTown ? s.MaxMeetingsTown : null,
        s.HasMaxMeetingsEnterprise ? s.MaxMeetingsEnterprise : null,
        s.RegistrationOpen,
        s.TimeZone);

    public static HallResponse ToResponse(EventHall h) => new(h.Id, h.Name, Null(h.NameEn), h.Position);

    public static TableResponse ToResponse(EventTable t) => new(t.Id, t.HallId, t.Label, t.Seats, Null(t.Zone));

    public static SessionResponse ToResponse(EventSession s) => new(s.Id, s.Day, s.StartsAt, s.EndsAt, s.MeetingMinutes, s.BreakMinutes, Null(s.Name), Null(s.NameEn));

    public static SlotResponse ToResponse(EventSlot s) =>
        new(s.Id, Null(s.SessionId), s.StartsAt.ToDateTimeOffset(), s.EndsAt.ToDateTimeOffset(), s.LocalStartsAt, s.LocalEndsAt, s.PlacedMeetings);

    public static InterpreterResponse ToResponse(EventInterpreter i) => new(i.Id, i.Name, [.. i.Languages]);

    public static ParticipantResponse ToResponse(EventParticipant p) => new(
        p.Id,
        p.EventId,
        p.Kind,
        p.SubjectId,
        Null(p.OrganisationId),
        p.Name,
        Null(p.NameEn),
        [.. p.Languages],
        p.Seats,
        p.HasMaxMeetings ? p.MaxMeetings : null,
        p.Attendees.Select(a => new AttendeeResponse(a.Id, a.Name, Null(a.Title), Null(a.EnterpriseId), [.. a.Languages])).ToList(),
        p.Status,
        p.RegisteredAt.ToDateTimeOffset(),
        Null(p.DecisionNote),
        [.. p.UnavailableSlotIds]);

    public static SlotChangeResponse ToResponse(SlotChange change) => new(change.Slot is null ? null : ToResponse(change.Slot), [.. change.UnplacedMeetingIds]);

    public static ChangeSettingsRequest ToRequest(Guid eventId, SettingsBody body, string requestId)
    {
        var request = new ChangeSettingsRequest
        {
            RequestId = requestId,
            EventId = eventId.ToString(),
            Venue = body.Venue ?? string.Empty,
            RequestExpiryHours = body.RequestExpiryHours ?? 72,
            ReminderHoursBefore = body.ReminderHoursBefore ?? 12,
            RegistrationOpen = body.RegistrationOpen ?? true,
            TimeZone = body.TimeZone ?? string.Empty,
        };
        request.RequestRules.AddRange(body.RequestRules ?? []);
        if (body.MaxMeetingsInvestor is { } investor)
        {
            request.MaxMeetingsInvestor = investor;
        }

        if (body.MaxMeetingsTown is { } town)
        {
            request.MaxMeetingsTown = town;
        }

        if (body.MaxMeetingsEnterprise is { } enterprise)
        {
            request.MaxMeetingsEnterprise = enterprise;
        }

        return request;
    }

    public static RegisterRequest ToRequest(Guid eventId, RegisterParticipantBody body, string requestId)
    {
        var request = new RegisterRequest
        {
            RequestId = requestId,
            EventId = eventId.ToString(),
            Kind = body.Kind ?? string.Empty,
            Name = body.Name ?? string.Empty,
            NameEn = body.NameEn ?? string.Empty,
            Seats = body.Seats ?? 0,
            OrganisationId = body.OrganisationId ?? string.Empty,
        };
        request.Languages.AddRange(body.Languages ?? []);
        if (body.MaxMeetings is { } max)
        {
            request.MaxMeetings = max;
        }

        foreach (var attendee in body.Attendees ?? [])
        {
            var item = new ParticipantAttendee
            {
                Id = attendee.Id ?? string.Empty,
                Name = attendee.Name ?? string.Empty,
                Title = attendee.Title ?? string.Empty,
                EnterpriseId = attendee.EnterpriseId ?? string.Empty,
            };
            item.Languages.AddRange(attendee.Languages ?? []);
            request.Attendees.Add(item);
        }

        return request;
    }

    public static Timestamp? Instant(DateTimeOffset? value) => value is { } v ? Timestamp.FromDateTimeOffset(v) : null;

    private static string? Null(string value) => value.Length == 0 ? null : value;
}
