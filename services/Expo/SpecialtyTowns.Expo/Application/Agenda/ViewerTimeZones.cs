using NodaTime;

namespace SpecialtyTowns.Expo.Application.Agenda;

/// <summary>IANA time zones (the tz database's ids, e.g. Europe/Berlin) for the viewer's own clock.</summary>
public static class ViewerTimeZones
{
    public const int MaxLength = 64;

    public static bool IsKnown(string id) => DateTimeZoneProviders.Tzdb.GetZoneOrNull(id) is not null;

    /// <summary>The wall-clock time of an instant in a zone, as "yyyy-MM-ddTHH:mm".</summary>
    public static string Local(DateTimeOffset instant, string zoneId)
    {
        var zone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(zoneId) ?? DateTimeZone.Utc;
        return Instant.FromDateTimeOffset(instant).InZone(zone).LocalDateTime.ToString("yyyy-MM-dd'T'HH:mm", System.Globalization.CultureInfo.InvariantCulture);
    }
}
