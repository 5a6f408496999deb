namespace SpecialtyTowns.Leads.Application.Funnel;

/// <summary>Whose funnel: one town, the towns of a city, or the province (no filter).</summary>
public sealed record FunnelScope(Guid? TownId, string? City)
{
    public string Kind => TownId is not null ? "town" : City is not null ? "city" : "province";
}
