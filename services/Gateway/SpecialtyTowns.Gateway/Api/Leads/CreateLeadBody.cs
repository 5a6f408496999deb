namespace SpecialtyTowns.Gateway.Api.Leads;

/// <summary>An investor's interest in a town.</summary>
public sealed record CreateLeadBody(Guid? TownId, string? Message);
