namespace SpecialtyTowns.Leads.Domain.Investors;

/// <summary>An investor account's membership: each account belongs to at most one organisation.</summary>
public sealed class OrganisationMember
{
    private OrganisationMember()
    {
    }

    public Guid UserId { get; private set; }

    public Guid OrganisationId { get; private set; }

    public DateTimeOffset JoinedAt { get; private set; }

    public static OrganisationMember Join(Guid userId, Guid organisationId, DateTimeOffset now) =>
        new() { UserId = userId, OrganisationId = organisationId, JoinedAt = now };
}
