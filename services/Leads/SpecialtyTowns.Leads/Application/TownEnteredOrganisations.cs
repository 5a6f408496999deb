using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.Leads.Domain.Investors;
using SpecialtyTowns.Leads.Infrastructure;
using SpecialtyTowns.SharedKernel.Errors;

namespace SpecialtyTowns.Leads.Application;

/// <summary>
/// The organisation a town names on a lead it enters: the one with that id, else the one with the
/// credit code or the same normalised name, else a new unclaimed one entered by the town, so one
/// organisation is never entered twice.
/// </summary>
public sealed class TownEnteredOrganisations(LeadsDbContext db)
{
    public async Task<InvestorOrganisation> ResolveAsync(CreateLeadCommand command, Guid townId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (command.OrganisationId is { } id)
        {
            return await db.Organisations.SingleOrDefaultAsync(o => o.Id == id, cancellationToken)
                ?? throw new NotFoundException("Organisation", id.ToString());
        }

        var name = command.OrganisationName?.Trim() ?? string.Empty;
        if (name.Length == 0)
        {
            throw new InvalidValueException("organisation_name", "is required when organisation_id is not given");
        }

        var creditCode = string.IsNullOrWhiteSpace(command.OrganisationCreditCode) ? null : command.OrganisationCreditCode.Trim().ToUpperInvariant();
        var normalised = OrganisationNames.Normalise(name);
        var match = await db.Organisations
            .Where(o => (creditCode != null && o.Profile.UnifiedSocialCreditCode == creditCode) || o.NormalisedName == normalised)
            .OrderByDescending(o => creditCode != null && o.Profile.UnifiedSocialCreditCode == creditCode)
            .FirstOrDefaultAsync(cancellationToken);
        if (match is not null)
        {
            return match;
        }

        var entered = InvestorOrganisation.EnterForTown(new OrganisationProfile { Name = name, Type = command.OrganisationType, UnifiedSocialCreditCode = creditCode }, townId, now);
        db.Organisations.Add(entered);
        return entered;
    }
}
