using SpecialtyTowns.SharedKernel;

namespace SpecialtyTowns.Expo.Domain;

/// <summary>An expo event, run by the organizer that created it.</summary>
public sealed class ExpoEvent
{
    private ExpoEvent()
    {
    }

    public Guid Id { get; private set; }

    public Guid OrganizerId { get; private set; }

    public string Name { get; private set; } = string.Empty;

    public string? NameEn { get; private set; }

    public string? City { get; private set; }

    public DateOnly StartsOn { get; private set; }

    public DateOnly EndsOn { get; private set; }

    public string TimeZone { get; private set; } = "Asia/Shanghai";

    public static ExpoEvent Create(Guid organizerId, string name, string? nameEn, string? city, DateOnly startsOn, DateOnly endsOn, string timeZone, DateTimeOffset now)
    {
        EventDates.Ensure(startsOn, endsOn, now);
        return new ExpoEvent
        {
            Id = Guid.CreateVersion7(),
            OrganizerId = organizerId,
            Name = name.Trim(),
            NameEn = Clean(nameEn),
            City = Clean(city),
            StartsOn = startsOn,
            EndsOn = endsOn,
            TimeZone = timeZone,
        };
    }

    /// <summary>The organizer that runs the event, and admins, may change it.</summary>
    public bool IsManagedBy(Caller caller) => caller.IsAdmin || caller.IsUser(Roles.Organizer, OrganizerId);

    public void Change(string? name, string? nameEn, string? city, DateOnly? startsOn, DateOnly? endsOn, DateTimeOffset now)
    {
        if ((startsOn ?? StartsOn) != StartsOn || (endsOn ?? EndsOn) != EndsOn)
        {
            EventDates.Ensure(startsOn ?? StartsOn, endsOn ?? EndsOn, now);
        }

        Name = name?.Trim() ?? Name;
        NameEn = nameEn is null ? NameEn : Clean(nameEn);
        City = city is null ? City : Clean(city);
        StartsOn = startsOn ?? StartsOn;
        EndsOn = endsOn ?? EndsOn;
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
