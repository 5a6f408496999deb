using SpecialtyTowns.Expo.V1;

namespace SpecialtyTowns.Gateway.Web.ExpoSetup;

/// <summary>The set-up page's posted fields as service requests; the service checks them and names the field.</summary>
public static class SetupFormRequests
{
    public static ChangeSettingsRequest Settings(Guid eventId, SetupForms input, EventSetup? current)
    {
        var request = new ChangeSettingsRequest
        {
            EventId = eventId.ToString(),
            RequestId = input.RequestId,
            Venue = input.Venue ?? string.Empty,
            RequestExpiryHours = SetupForms.Number(input.RequestExpiryHours, 72),
            ReminderHoursBefore = SetupForms.Number(input.ReminderHoursBefore, 12),
            RegistrationOpen = input.RegistrationOpen != "false",
            TimeZone = input.TimeZone?.Trim() ?? string.Empty,
        };

        // The page does not edit rules and limits: they are kept as they are.
        if (current?.Settings is { } settings)
        {
            request.RequestRules.AddRange(settings.RequestRules);
            if (settings.HasMaxMeetingsInvestor)
            {
                request.MaxMeetingsInvestor = settings.MaxMeetingsInvestor;
            }

            if (settings.HasMaxMeetingsTown)
            {
                request.MaxMeetingsTown = settings.MaxMeetingsTown;
            }

            if (settings.HasMaxMeetingsEnterprise)
            {
                request.MaxMeetingsEnterprise = settings.MaxMeetingsEnterprise;
            }
        }

        return request;
    }

    public static AddTablesRequest Table(Guid eventId, SetupForms input) => new()
    {
        EventId = eventId.ToString(),
        RequestId = input.RequestId,
        Tables = { new TableSpec { HallId = input.HallId ?? string.Empty, Label = input.Label ?? string.Empty, Seats = SetupForms.Number(input.Seats), Zone = input.Zone ?? string.Empty } },
    };

    public static AddSessionRequest Session(Guid eventId, SetupForms input) => new()
    {
        EventId = eventId.ToString(),
        RequestId = input.RequestId,
        Day = input.Day ?? string.Empty,
        StartsAt = input.StartsAt ?? string.Empty,
        EndsAt = input.EndsAt ?? string.Empty,
        MeetingMinutes = SetupForms.Number(input.MeetingMinutes),
        BreakMinutes = SetupForms.Number(input.BreakMinutes),
    };

    public static AddInterpreterRequest Interpreter(Guid eventId, SetupForms input)
    {
        var request = new AddInterpreterRequest { EventId = eventId.ToString(), RequestId = input.RequestId, Name = input.Name ?? string.Empty };
        request.Languages.AddRange(SetupForms.List(input.Languages));
        return request;
    }
}
