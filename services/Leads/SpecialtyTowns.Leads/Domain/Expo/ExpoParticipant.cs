namespace SpecialtyTowns.Leads.Domain.Expo;

/// <summary>
/// An expo participant as Leads knows it from Expo's events: who it is in Leads' terms (an investor
/// organisation, a town, an enterprise) and whether it is approved and still registered. Only active
/// participants are scored against each other.
/// </summary>
public sealed class ExpoParticipant
{
    private ExpoParticipant()
    {
    }

    public Guid ParticipantId { get; private set; }

    public Guid EventId { get; private set; }

    /// <summary>investor, town or enterprise (Expo's participant kinds).</summary>
    public string Kind { get; private set; } = string.Empty;

    /// <summary>The investor's account, the town or the enterprise.</summary>
    public Guid SubjectId { get; private set; }

    /// <summary>The investor's organisation in Leads (investors only).</summary>
    public Guid? OrganisationId { get; private set; }

    /// <summary>The organizer's last decision was to approve it.</summary>
    public bool Approved { get; private set; }

    /// <summary>It withdrew: final, whatever decision arrives after (messages may come out of order).</summary>
    public bool Withdrawn { get; private set; }

    public bool Active => Approved && !Withdrawn;

    public DateTimeOffset UpdatedAt { get; private set; }

    public static ExpoParticipant Of(Guid participantId, Guid eventId, string kind, Guid subjectId, Guid? organisationId, DateTimeOffset at) => new()
    {
        ParticipantId = participantId,
        EventId = eventId,
        Kind = kind,
        SubjectId = subjectId,
        OrganisationId = organisationId,
        UpdatedAt = at,
    };

    public void Decide(bool approved, Guid? organisationId, DateTimeOffset at)
    {
        Approved = approved;
        OrganisationId = organisationId ?? OrganisationId;
        UpdatedAt = at;
    }

    public void Withdraw(DateTimeOffset at)
    {
        Withdrawn = true;
        UpdatedAt = at;
    }
}
