using SpecialtyTowns.SharedKernel;

namespace SpecialtyTowns.Leads.Domain.Deals;

/// <summary>
/// Who sees a deal (its town, the members of its investor organisation, admins: the same
/// <see cref="LeadScope"/> as its lead) and who records the funds that arrive (its town and admins only:
/// the investor's word for its own transfers is not what the province counts).
/// </summary>
public static class DealAccess
{
    public static bool Sees(LeadScope scope, Deal deal) =>
        scope.All || deal.OrganisationId == scope.OrganisationId || deal.TownId == scope.TownId;

    public static bool MayRecordFunds(Caller caller, Deal deal) => caller.IsAdmin || caller.IsTown(deal.TownId);
}
