namespace SpecialtyTowns.Leads.Domain.Investors;

/// <summary>
/// An investor organisation (company, fund, state-owned enterprise, individual). Investor accounts
/// belong to one; a town may also enter one it met offline (unclaimed until an investor account of
/// the same credit code or name claims it), so that a lead is always with an organisation and the
/// same organisation is never entered twice: it is matched on the credit code or the normalised name.
/// </summary>
public sealed class InvestorOrganisation
{
    private InvestorOrganisation()
    {
    }

    public Guid Id { get; private set; }

    public OrganisationProfile Profile { get; private set; } = new();

    /// <summary><see cref="OrganisationNames.Normalise"/> of the Chinese name; unique, like the credit code.</summary>
    public string NormalisedName { get; private set; } = string.Empty;

    /// <summary>Whether an investor account owns it; a town-entered one is unclaimed.</summary>
    public bool Claimed { get; private set; }

    /// <summary>The town that entered it, while unclaimed.</summary>
    public Guid? EnteredByTownId { get; private set; }

    public DateTimeOffset? ConsentChangedAt { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public int Version { get; private set; }

    public static InvestorOrganisation Register(OrganisationProfile profile, DateTimeOffset now) =>
        New(profile, claimed: true, enteredByTownId: null, now);

    public static InvestorOrganisation EnterForTown(OrganisationProfile profile, Guid townId, DateTimeOffset now) =>
        New(profile with { ConsentToContact = false }, claimed: false, enteredByTownId: townId, now);

    /// <summary>Replaces the profile; returns false (and changes nothing) when it is the same.</summary>
    public bool Apply(OrganisationProfile profile, DateTimeOffset now)
    {
        if (OrganisationProfileComparer.Same(Profile, profile))
        {
            return false;
        }

        if (profile.ConsentToContact != Profile.ConsentToContact)
        {
            ConsentChangedAt = now;
        }

        Profile = profile;
        NormalisedName = OrganisationNames.Normalise(profile.Name);
        UpdatedAt = now;
        Version++;
        return true;
    }

    /// <summary>An investor account takes over an organisation a town entered.</summary>
    public void Claim(DateTimeOffset now)
    {
        Claimed = true;
        EnteredByTownId = null;
        UpdatedAt = now;
        Version++;
    }

    private static InvestorOrganisation New(OrganisationProfile profile, bool claimed, Guid? enteredByTownId, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        Profile = profile,
        NormalisedName = OrganisationNames.Normalise(profile.Name),
        Claimed = claimed,
        EnteredByTownId = enteredByTownId,
        ConsentChangedAt = profile.ConsentToContact ? now : null,
        CreatedAt = now,
        UpdatedAt = now,
        Version = 1,
    };
}
