using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.Idempotency;
using SpecialtyTowns.Leads.Contracts;
using SpecialtyTowns.Leads.Domain.Investors;
using SpecialtyTowns.Leads.Infrastructure;
using SpecialtyTowns.Messaging.Outbox;
using SpecialtyTowns.SharedKernel;

namespace SpecialtyTowns.Leads.Application.Investors;

/// <summary>
/// An investor saves its organisation's whole profile. The first save creates the organisation and
/// the account's membership, or claims the one a town entered when it gives the credit code the town
/// recorded; a name alone never claims one (anyone can type a company's name, and the claimant would
/// see every town's leads and deals with it). One that belongs to another account is refused. Later
/// saves replace the profile. InvestorOrganisationSaved goes out once per real change.
/// </summary>
public sealed class SaveMyOrganisation(LeadsDbContext db, IOutbox outbox, IIdempotency idempotency, GetMyOrganisation get, TimeProvider clock)
{
    public async Task<OrganisationView> ExecuteAsync(SaveMyOrganisationCommand command, Caller caller, CancellationToken cancellationToken)
    {
        caller.RequireRole(Roles.Investor);
        var profile = OrganisationProfileRules.Check(command.Profile);
        var firstSave = false;
        try
        {
            await idempotency.ExecuteAsync(caller, nameof(SaveMyOrganisation), command, async ct =>
            {
                var now = clock.GetUtcNow();
                var membership = await db.OrganisationMembers.SingleOrDefaultAsync(m => m.UserId == caller.UserId, ct);
                firstSave = membership is null;
                var organisation = membership is null
                    ? await CreateOrClaimAsync(command.ExpectedVersion, profile, caller, now, ct)
                    : await EditAsync(membership.OrganisationId, command.ExpectedVersion, profile, now, ct);
                return organisation.Id;
            }, cancellationToken);
        }
        catch (Exception exception) when (OrganisationConflicts.Explain(exception, firstSave) is { } conflict)
        {
            throw conflict;
        }

        return await get.ExecuteAsync(caller, cancellationToken);
    }

    private async Task<InvestorOrganisation> CreateOrClaimAsync(int expectedVersion, OrganisationProfile profile, Caller caller, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (expectedVersion != 0)
        {
            throw OrganisationConflicts.Stale($"The account has no organisation yet, so there is no version {expectedVersion}; save with expected version 0");
        }

        var code = profile.UnifiedSocialCreditCode;
        var name = OrganisationNames.Normalise(profile.Name);
        var matches = await db.Organisations
            .Where(o => (code != null && o.Profile.UnifiedSocialCreditCode == code) || o.NormalisedName == name)
            .ToListAsync(cancellationToken);
        if (matches.Any(o => o.Claimed) || matches.Count > 1)
        {
            throw OrganisationConflicts.Claimed();
        }

        var organisation = matches.SingleOrDefault();
        if (organisation is not null && (organisation.Profile.UnifiedSocialCreditCode is null || organisation.Profile.UnifiedSocialCreditCode != code))
        {
            throw OrganisationConflicts.Unverified();
        }

        if (organisation is null)
        {
            organisation = InvestorOrganisation.Register(profile, now);
            db.Organisations.Add(organisation);
        }
        else
        {
            organisation.Claim(now);
            organisation.Apply(profile, now);
        }

        db.OrganisationMembers.Add(OrganisationMember.Join(caller.UserId, organisation.Id, now));
        outbox.Add(Saved(organisation, now));
        return organisation;
    }

    private async Task<InvestorOrganisation> EditAsync(Guid id, int expectedVersion, OrganisationProfile profile, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var organisation = await db.Organisations.SingleAsync(o => o.Id == id, cancellationToken);
        if (expectedVersion != 0 && expectedVersion != organisation.Version)
        {
            throw OrganisationConflicts.Stale($"The organisation changed since version {expectedVersion}; it is at version {organisation.Version}");
        }

        var code = profile.UnifiedSocialCreditCode;
        var name = OrganisationNames.Normalise(profile.Name);
        if (await db.Organisations.AnyAsync(o => o.Id != id && ((code != null && o.Profile.UnifiedSocialCreditCode == code) || o.NormalisedName == name), cancellationToken))
        {
            throw OrganisationConflicts.Duplicate();
        }

        if (organisation.Apply(profile, now))
        {
            outbox.Add(Saved(organisation, now));
        }

        return organisation;
    }

    private static InvestorOrganisationSaved Saved(InvestorOrganisation o, DateTimeOffset now) => new(
        o.Id, o.Profile.Name, o.Profile.NameEn, InvestorKeys.Of(o.Profile.Type), o.Profile.IndustriesSought, o.Profile.ChainPositionsSought,
        o.Profile.TicketMinFen, o.Profile.TicketMaxFen, o.Profile.PreferredRegions, o.Profile.ConsentToContact, o.Claimed, o.Version, now);
}
