namespace SpecialtyTowns.Leads.Domain.Directory;

/// <summary>
/// What Leads knows of an expo event, from Expo's ExpoEventScheduled: enough to accept a meeting
/// request from a recommendation only for an event that exists and is not over.
/// </summary>
public sealed class ExpoEventEntry
{
    private ExpoEventEntry()
    {
    }

    public Guid EventId { get; private set; }

    public string Name { get; private set; } = string.Empty;

    public string? City { get; private set; }

    public DateOnly StartsOn { get; private set; }

    public DateOnly EndsOn { get; private set; }

    /// <summary>IANA time zone of the event.</summary>
    public string TimeZone { get; private set; } = string.Empty;

    public static ExpoEventEntry From(Guid eventId, string name, string? city, DateOnly startsOn, DateOnly endsOn, string timeZone) => new()
    {
        EventId = eventId,
        Name = name,
        City = city,
        StartsOn = startsOn,
        EndsOn = endsOn,
        TimeZone = timeZone,
    };

    public void Reschedule(string name, string? city, DateOnly startsOn, DateOnly endsOn, string timeZone)
    {
        Name = name;
        City = city;
        StartsOn = startsOn;
        EndsOn = endsOn;
        TimeZone = timeZone;
    }
}
