using SpecialtyTowns.Leads.Domain.Pipeline;
using SpecialtyTowns.SharedKernel;

namespace SpecialtyTowns.Leads.Domain;

/// <summary>
/// Which leads a caller sees: an investor its organisation's, a town those for it, an admin all, anyone
/// else none. Lists filter by it and single reads check it, so both always agree.
/// </summary>
public sealed record LeadScope(bool All, Guid? OrganisationId, Guid? TownId)
{
    private static readonly LeadScope None = new(false, null, null);

    /// <param name="caller">Who asks.</param>
    /// <param name="organisationId">The investor caller's organisation, when it has one.</param>
    public static LeadScope For(Caller caller, Guid? organisationId) => caller.Role switch
    {
        Roles.Admin => new LeadScope(true, null, null),
        Roles.Investor when organisationId is { } id => new LeadScope(false, id, null),
        Roles.Town when caller.TownId is { } townId => new LeadScope(false, null, townId),
        _ => None,
    };

    public bool Includes(Lead lead) => All || lead.OrganisationId == OrganisationId || lead.TownId == TownId;

    /// <summary>Whether the caller works the lead (its town or an admin), and so sees its internal fields.</summary>
    public bool Works(Lead lead) => All || lead.TownId == TownId;
}
