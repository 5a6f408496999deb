using System.Globalization;
using SpecialtyTowns.Expo.Application;
using SpecialtyTowns.Expo.V1;
using SpecialtyTowns.ServiceDefaults.Validation;
using DomainEvent = SpecialtyTowns.Expo.Domain.ExpoEvent;

namespace SpecialtyTowns.Expo.Grpc;

public static class ExpoEventMapper
{
    public const string DateFormat = "yyyy-MM-dd";

    private const string DateRule = "must be a date as YYYY-MM-DD";

    public static V1.ExpoEvent ToMessage(DomainEvent expoEvent) => new()
    {
        Id = expoEvent.Id.ToString(),
        OrganizerId = expoEvent.OrganizerId.ToString(),
        Name = expoEvent.Name,
        NameEn = expoEvent.NameEn ?? string.Empty,
        City = expoEvent.City ?? string.Empty,
        StartsOn = expoEvent.StartsOn.ToString(DateFormat, CultureInfo.InvariantCulture),
        EndsOn = expoEvent.EndsOn.ToString(DateFormat, CultureInfo.InvariantCulture),
        TimeZone = expoEvent.TimeZone,
    };

    public static CreateEventCommand ToCommand(CreateEventRequest request)
    {
        var timeZone = string.IsNullOrWhiteSpace(request.TimeZone) ? "Asia/Shanghai" : request.TimeZone.Trim();
        new RequestValidator()
            .RequestId(request.RequestId)
            .Required("name", request.Name, 200)
            .Optional("name_en", request.NameEn, 300)
            .Optional("city", request.City, 100)
            .Must(TryParseDate(request.StartsOn, out var startsOn), "starts_on", DateRule)
            .Must(TryParseDate(request.EndsOn, out var endsOn), "ends_on", DateRule)
            .Must(TimeZoneInfo.TryFindSystemTimeZoneById(timeZone, out _), "time_zone", "must be an IANA time zone such as Asia/Shanghai")
            .ThrowIfInvalid();
        return new CreateEventCommand(request.RequestId, request.Name, request.NameEn, request.City, startsOn, endsOn, timeZone);
    }

    public static UpdateEventCommand ToCommand(UpdateEventRequest request)
    {
        DateOnly startsOn = default, endsOn = default;
        var validator = new RequestValidator().RequestId(request.RequestId).Guid("id", request.Id);
        if (request.HasName)
        {
            validator.Required("name", request.Name, 200);
        }

        validator.Optional("name_en", request.NameEn, 300).Optional("city", request.City, 100)
            .Must(!request.HasStartsOn || TryParseDate(request.StartsOn, out startsOn), "starts_on", DateRule)
            .Must(!request.HasEndsOn || TryParseDate(request.EndsOn, out endsOn), "ends_on", DateRule)
            .ThrowIfInvalid();
        return new UpdateEventCommand(
            request.RequestId,
            Guid.Parse(request.Id),
            request.HasName ? request.Name : null,
            request.HasNameEn ? request.NameEn : null,
            request.HasCity ? request.City : null,
            request.HasStartsOn ? startsOn : null,
            request.HasEndsOn ? endsOn : null);
    }

    public static bool TryParseDate(string value, out DateOnly date) =>
        DateOnly.TryParseExact(value, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}
