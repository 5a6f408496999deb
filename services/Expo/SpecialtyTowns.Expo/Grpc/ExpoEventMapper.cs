using System.Globalization;
using DomainEvent = SpecialtyTowns.Expo.Domain.ExpoEvent;

namespace SpecialtyTowns.Expo.Grpc;

public static class ExpoEventMapper
{
    public const string DateFormat = "yyyy-MM-dd";

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

    public static bool TryParseDate(string value, out DateOnly date) =>
        DateOnly.TryParseExact(value, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}
