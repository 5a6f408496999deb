using SpecialtyTowns.SharedKernel;

namespace SpecialtyTowns.Leads.Domain;

/// <summary>
/// Which leads a caller sees: an investor its own, a town those for it, an admin all, anyone
/// else none. Lists filter by it and single reads check it, so both always agree.
/// </summary>
public sealed record LeadScope(bool All, Guid? InvestorId, Guid? TownId)
{
    private static readonly LeadScope None = new(false, null, null);

    public static LeadScope For(Caller caller) => caller.Role switch
    {
        Roles.Admin => new LeadScope(true, null, null),
        Roles.Investor when caller.UserId != Guid.Empty => new LeadScope(false, caller.UserId, null),
        Roles.Town when caller.TownId is { } townId => new LeadScope(false, null, townId),
        _ => None,
    };

    public bool Includes(Lead lead) => All || lead.InvestorId == InvestorId || lead.TownId == TownId;
}
