using SpecialtyTowns.SharedKernel;

namespace SpecialtyTowns.Expo.Domain.Participants;

/// <summary>
/// A registration for an event: an investor organisation (acting through its investor account),
/// a town's delegation or an enterprise. One per (event, kind, subject). The subject is the
/// investor's account id, the town id or the enterprise id: who may act for it follows from it.
/// </summary>
public sealed class Participant
{
    private Participant()
    {
    }

    public Guid Id { get; private set; }

    public Guid EventId { get; private set; }

    /// <summary>One of <see cref="ParticipantKinds"/>.</summary>
    public string Kind { get; private set; } = string.Empty;

    /// <summary>The investor account's user id, the town id or the enterprise id.</summary>
    public Guid SubjectId { get; private set; }

    /// <summary>An investor's organisation in Leads (for matching's meeting requests), when known.</summary>
    public Guid? OrganisationId { get; private set; }

    public string Name { get; private set; } = string.Empty;

    public string? NameEn { get; private set; }

    /// <summary>Languages the participant's people speak (codes, "zh", "en"...); a meeting without a common one needs an interpreter.</summary>
    public List<string> Languages { get; private set; } = [];

    /// <summary>Seats its people take at a table.</summary>
    public int Seats { get; private set; } = 1;

    /// <summary>This participant's own meeting limit; null means the event's limit for its kind.</summary>
    public int? MaxMeetings { get; private set; }

    public List<Attendee> Attendees { get; private set; } = [];

    /// <summary>One of <see cref="ParticipantStatuses"/>.</summary>
    public string Status { get; private set; } = ParticipantStatuses.Pending;

    public string RegisteredBy { get; private set; } = string.Empty;

    public DateTimeOffset RegisteredAt { get; private set; }

    public string? DecidedBy { get; private set; }

    public DateTimeOffset? DecidedAt { get; private set; }

    public string? DecisionNote { get; private set; }

    public bool IsApproved => Status == ParticipantStatuses.Approved;

    public static Participant Register(
        Guid eventId,
        string kind,
        Guid subjectId,
        Guid? organisationId,
        string name,
        string? nameEn,
        IEnumerable<string> languages,
        int seats,
        int? maxMeetings,
        IEnumerable<Attendee> attendees,
        string registeredBy,
        DateTimeOffset now) => new()
        {
            Id = Guid.CreateVersion7(),
            EventId = eventId,
            Kind = kind,
            SubjectId = subjectId,
            OrganisationId = organisationId,
            Name = name.Trim(),
            NameEn = string.IsNullOrWhiteSpace(nameEn) ? null : nameEn.Trim(),
            Languages = languages.Select(l => l.Trim().ToLowerInvariant()).Distinct().ToList(),
            Seats = seats,
            MaxMeetings = maxMeetings,
            Attendees = attendees.ToList(),
            RegisteredBy = registeredBy,
            RegisteredAt = now,
        };

    /// <summary>Whether the caller acts for this participant: the investor account itself, the town's or the enterprise's accounts.</summary>
    public bool IsActedOnBy(Caller caller) => Kind switch
    {
        ParticipantKinds.Investor => caller.IsUser(Roles.Investor, SubjectId),
        ParticipantKinds.Town => caller.IsTown(SubjectId),
        ParticipantKinds.Enterprise => caller.IsEnterprise(SubjectId),
        _ => false,
    };

    /// <summary>The participant a caller acts as, by kind and subject (for finding "my" registration).</summary>
    public static (string Kind, Guid SubjectId)? SubjectOf(Caller caller) => caller.Role switch
    {
        Roles.Investor when caller.UserId != Guid.Empty => (ParticipantKinds.Investor, caller.UserId),
        Roles.Town when caller.TownId is { } town => (ParticipantKinds.Town, town),
        Roles.Enterprise when caller.EnterpriseId is { } enterprise => (ParticipantKinds.Enterprise, enterprise),
        _ => null,
    };

    public void Decide(string status, string decidedBy, string? note, DateTimeOffset now)
    {
        Status = status;
        DecidedBy = decidedBy;
        DecisionNote = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        DecidedAt = now;
    }

    public void Change(string name, string? nameEn, IEnumerable<string> languages, int seats, int? maxMeetings, IEnumerable<Attendee> attendees, Guid? organisationId)
    {
        Name = name.Trim();
        NameEn = string.IsNullOrWhiteSpace(nameEn) ? null : nameEn.Trim();
        Languages = languages.Select(l => l.Trim().ToLowerInvariant()).Distinct().ToList();
        Seats = seats;
        MaxMeetings = maxMeetings;
        Attendees = attendees.ToList();
        OrganisationId = organisationId ?? OrganisationId;
    }
}
