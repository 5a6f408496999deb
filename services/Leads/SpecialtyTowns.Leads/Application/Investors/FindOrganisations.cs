using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.Leads.Domain.Investors;
using SpecialtyTowns.Leads.Infrastructure;
using SpecialtyTowns.SharedKernel;
using SpecialtyTowns.SharedKernel.Identifiers;

namespace SpecialtyTowns.Leads.Application.Investors;

/// <summary>
/// Organisations a town may mean when entering a lead: the one of a credit code, or those whose
/// normalised name contains the normalised query, so the same organisation is not entered twice.
/// </summary>
public sealed class FindOrganisations(LeadsDbContext db, OrganisationVisibility visibility)
{
    public async Task<IReadOnlyList<OrganisationView>> ExecuteAsync(string query, int limit, Caller caller, CancellationToken cancellationToken)
    {
        caller.RequireRole(Roles.Town, Roles.Admin);
        var name = OrganisationNames.Normalise(query);
        var code = UnifiedSocialCreditCode.TryParse(query, out var parsed, out _) ? parsed.Value : null;
        if (name.Length == 0)
        {
            return [];
        }

        var pattern = "%" + name.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";
        var found = await db.Organisations.AsNoTracking()
            .Where(o => (code != null && o.Profile.UnifiedSocialCreditCode == code) || EF.Functions.Like(o.NormalisedName, pattern))
            .OrderByDescending(o => code != null && o.Profile.UnifiedSocialCreditCode == code)
            .ThenBy(o => o.NormalisedName.Length)
            .ThenBy(o => o.NormalisedName)
            .Take(limit)
            .ToListAsync(cancellationToken);
        return await visibility.ViewAsync(caller, found, cancellationToken);
    }
}
