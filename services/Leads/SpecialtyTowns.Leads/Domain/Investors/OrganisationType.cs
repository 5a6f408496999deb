namespace SpecialtyTowns.Leads.Domain.Investors;

/// <summary>Wire names company, fund, state-owned, individual.</summary>
public enum OrganisationType
{
    Company = 0,
    Fund = 1,
    StateOwned = 2,
    Individual = 3,
}
