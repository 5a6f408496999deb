using System.Globalization;
using SpecialtyTowns.Expo.Application.Setup;
using SpecialtyTowns.Expo.Domain.Participants;
using SpecialtyTowns.Expo.Domain.Setup;
using SpecialtyTowns.Expo.V1;
using SpecialtyTowns.ServiceDefaults.Validation;

namespace SpecialtyTowns.Expo.Grpc.Setup;

/// <summary>Set-up requests checked field by field (every violation at once) and turned into commands.</summary>
public static class SetupRequests
{
    private const string TimeRule = "must be a local time as HH:mm";

    public static AddHallCommand ToCommand(AddHallRequest request)
    {
        Start(request.RequestId, request.EventId)
            .Required("name", request.Name, 100)
            .Optional("name_en", request.NameEn, 200)
            .Must(request.Position is >= 0 and <= 1000, "position", "must be between 0 and 1000")
            .ThrowIfInvalid();
        return new AddHallCommand(request.RequestId, Guid.Parse(request.EventId), request.Name, request.NameEn, request.Position);
    }

    public static AddTablesCommand ToCommand(AddTablesRequest request)
    {
        var validator = Start(request.RequestId, request.EventId)
            .Must(request.Tables.Count is >= 1 and <= SetupLimits.MaxTablesPerCall, "tables", $"must hold 1 to {SetupLimits.MaxTablesPerCall} tables");
        for (var i = 0; i < request.Tables.Count; i++)
        {
            var table = request.Tables[i];
            validator.Guid($"tables[{i}].hall_id", table.HallId)
                .Required($"tables[{i}].label", table.Label, 20)
                .Optional($"tables[{i}].zone", table.Zone, 50)
                .Must(table.Seats is >= SetupLimits.MinSeats and <= SetupLimits.MaxSeats, $"tables[{i}].seats", $"must be between {SetupLimits.MinSeats} and {SetupLimits.MaxSeats}");
        }

        validator.ThrowIfInvalid();
        return new AddTablesCommand(
            request.RequestId,
            Guid.Parse(request.EventId),
            request.Tables.Select(t => new NewTable(Guid.Parse(t.HallId), t.Label, t.Seats, t.Zone)).ToList());
    }

    public static AddSessionCommand ToCommand(AddSessionRequest request)
    {
        Start(request.RequestId, request.EventId)
            .Must(ExpoEventMapper.TryParseDate(request.Day, out var day), "day", "must be a date as YYYY-MM-DD")
            .Must(TryParseTime(request.StartsAt, out var startsAt), "starts_at", TimeRule)
            .Must(TryParseTime(request.EndsAt, out var endsAt), "ends_at", TimeRule)
            .Must(request.MeetingMinutes is >= SessionSlots.MinMeetingMinutes and <= SessionSlots.MaxMeetingMinutes, "meeting_minutes", $"must be between {SessionSlots.MinMeetingMinutes} and {SessionSlots.MaxMeetingMinutes}")
            .Must(request.BreakMinutes is >= 0 and <= SessionSlots.MaxBreakMinutes, "break_minutes", $"must be between 0 and {SessionSlots.MaxBreakMinutes}")
            .Optional("name", request.Name, 100)
            .Optional("name_en", request.NameEn, 200)
            .ThrowIfInvalid();
        return new AddSessionCommand(request.RequestId, Guid.Parse(request.EventId), day, startsAt, endsAt, request.MeetingMinutes, request.BreakMinutes, request.Name, request.NameEn);
    }

    public static AddInterpreterCommand ToCommand(AddInterpreterRequest request)
    {
        Start(request.RequestId, request.EventId)
            .Required("name", request.Name, 100)
            .Must(request.Languages.Count >= 1, "languages", "must name at least one language")
            .Items("languages", request.Languages, 10, 10)
            .ThrowIfInvalid();
        return new AddInterpreterCommand(request.RequestId, Guid.Parse(request.EventId), request.Name, [.. request.Languages]);
    }

    public static ChangeSettingsCommand ToCommand(ChangeSettingsRequest request)
    {
        var timeZone = request.TimeZone.Trim();
        var validator = Start(request.RequestId, request.EventId)
            .Optional("venue", request.Venue, 200)
            .Must(request.RequestExpiryHours is >= SetupLimits.MinExpiryHours and <= SetupLimits.MaxExpiryHours, "request_expiry_hours", $"must be between {SetupLimits.MinExpiryHours} and {SetupLimits.MaxExpiryHours}")
            .Must(request.ReminderHoursBefore >= 0 && request.ReminderHoursBefore < Math.Max(1, request.RequestExpiryHours), "reminder_hours_before", "must be at least 0 and less than request_expiry_hours")
            .Must(timeZone.Length == 0 || TimeZoneInfo.TryFindSystemTimeZoneById(timeZone, out _), "time_zone", "must be an IANA time zone such as Asia/Shanghai")
            .Must(!request.HasMaxMeetingsInvestor || request.MaxMeetingsInvestor is >= 0 and <= SetupLimits.MaxMeetings, "max_meetings_investor", $"must be between 0 and {SetupLimits.MaxMeetings}")
            .Must(!request.HasMaxMeetingsTown || request.MaxMeetingsTown is >= 0 and <= SetupLimits.MaxMeetings, "max_meetings_town", $"must be between 0 and {SetupLimits.MaxMeetings}")
            .Must(!request.HasMaxMeetingsEnterprise || request.MaxMeetingsEnterprise is >= 0 and <= SetupLimits.MaxMeetings, "max_meetings_enterprise", $"must be between 0 and {SetupLimits.MaxMeetings}");
        var allowed = ParticipantKinds.All.SelectMany(from => ParticipantKinds.All.Select(to => RequestRules.Pair(from, to))).ToHashSet();
        for (var i = 0; i < request.RequestRules.Count; i++)
        {
            validator.Must(allowed.Contains(request.RequestRules[i]), $"request_rules[{i}]", "must be a pair of kinds as from>to, e.g. investor>town");
        }

        validator.ThrowIfInvalid();
        return new ChangeSettingsCommand(
            request.RequestId,
            Guid.Parse(request.EventId),
            request.Venue,
            request.RequestExpiryHours,
            request.ReminderHoursBefore,
            [.. request.RequestRules],
            request.HasMaxMeetingsInvestor ? request.MaxMeetingsInvestor : null,
            request.HasMaxMeetingsTown ? request.MaxMeetingsTown : null,
            request.HasMaxMeetingsEnterprise ? request.MaxMeetingsEnterprise : null,
            request.RegistrationOpen,
            timeZone.Length == 0 ? null : timeZone);
    }

    public static AddSlotCommand ToCommand(AddSlotRequest request)
    {
        Start(request.RequestId, request.EventId)
            .Must(request.StartsAt is not null, "starts_at", "is required")
            .Must(request.EndsAt is not null, "ends_at", "is required")
            .ThrowIfInvalid();
        return new AddSlotCommand(request.RequestId, Guid.Parse(request.EventId), request.StartsAt!.ToDateTimeOffset(), request.EndsAt!.ToDateTimeOffset());
    }

    public static ChangeSlotCommand ToCommand(MoveSlotRequest request)
    {
        Start(request.RequestId, request.EventId)
            .Guid("slot_id", request.SlotId)
            .Must(request.StartsAt is not null, "starts_at", "is required")
            .Must(request.EndsAt is not null, "ends_at", "is required")
            .ThrowIfInvalid();
        return new ChangeSlotCommand(request.RequestId, Guid.Parse(request.EventId), Guid.Parse(request.SlotId), request.StartsAt!.ToDateTimeOffset(), request.EndsAt!.ToDateTimeOffset(), request.UnplaceMeetings);
    }

    public static ChangeSlotCommand ToCommand(DeleteSlotRequest request)
    {
        Start(request.RequestId, request.EventId).Guid("slot_id", request.SlotId).ThrowIfInvalid();
        return new ChangeSlotCommand(request.RequestId, Guid.Parse(request.EventId), Guid.Parse(request.SlotId), null, null, request.UnplaceMeetings);
    }

    public static RequestValidator Start(string requestId, string eventId) => new RequestValidator().RequestId(requestId).Guid("event_id", eventId);

    public static bool TryParseTime(string value, out TimeOnly time) =>
        TimeOnly.TryParseExact(value, SetupMessages.TimeFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out time);
}
