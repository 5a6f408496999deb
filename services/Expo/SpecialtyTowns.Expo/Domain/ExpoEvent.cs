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

    /// <summary>Where it takes place (e.g. 大同国际会展中心).</summary>
    public string? Venue { get; private set; }

    /// <summary>A pending meeting request expires this many hours after it was sent or last counter-proposed.</summary>
    public int RequestExpiryHours { get; private set; } = 72;

    /// <summary>Parties who have not answered are reminded this many hours before a request expires.</summary>
    public int ReminderHoursBefore { get; private set; } = 12;

    /// <summary>Who may request whom, as "from>to" kind pairs (<see cref="Setup.RequestRules"/>).</summary>
    public List<string> RequestRules { get; private set; } = [.. Setup.RequestRules.Defaults];

    /// <summary>Meeting limits per participant kind (null: no limit); a participant's own limit wins.</summary>
    public int? MaxMeetingsInvestor { get; private set; }

    public int? MaxMeetingsTown { get; private set; }

    public int? MaxMeetingsEnterprise { get; private set; }

    /// <summary>Whether participants may still register.</summary>
    public bool RegistrationOpen { get; private set; } = true;

    /// <summary>Minutes after a meeting's start at which a party not checked in is a provisional no-show.</summary>
    public int NoShowAfterMinutes { get; private set; } = 10;

    /// <summary>How long a standby participant has to answer an offer of a freed place.</summary>
    public int StandbyOfferSeconds { get; private set; } = 180;

    /// <summary>A request pending longer than this counts as "pending too long" in the live figures.</summary>
    public int PendingTooLongHours { get; private set; } = 48;

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

    /// <summary>The meeting limit of a participant of this kind, unless it has its own.</summary>
    public int? MaxMeetingsFor(string kind) => kind switch
    {
        Participants.ParticipantKinds.Investor => MaxMeetingsInvestor,
        Participants.ParticipantKinds.Town => MaxMeetingsTown,
        Participants.ParticipantKinds.Enterprise => MaxMeetingsEnterprise,
        _ => null,
    };

    public void ChangeSettings(string? venue, int requestExpiryHours, int reminderHoursBefore, IEnumerable<string> requestRules, int? maxInvestor, int? maxTown, int? maxEnterprise, bool registrationOpen)
    {
        Venue = Clean(venue);
        RequestExpiryHours = requestExpiryHours;
        ReminderHoursBefore = reminderHoursBefore;
        RequestRules = requestRules.Distinct().ToList();
        MaxMeetingsInvestor = maxInvestor;
        MaxMeetingsTown = maxTown;
        MaxMeetingsEnterprise = maxEnterprise;
        RegistrationOpen = registrationOpen;
    }

    /// <summary>The caller checks that no slot exists yet: slots are instants, sessions are local times.</summary>
    public void ChangeDaySettings(int noShowAfterMinutes, int standbyOfferSeconds, int pendingTooLongHours)
    {
        NoShowAfterMinutes = noShowAfterMinutes;
        StandbyOfferSeconds = standbyOfferSeconds;
        PendingTooLongHours = pendingTooLongHours;
    }

    public void MoveToTimeZone(string timeZone) => TimeZone = timeZone;

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
