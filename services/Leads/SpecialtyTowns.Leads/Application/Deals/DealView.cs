using SpecialtyTowns.Leads.Domain.Deals;

namespace SpecialtyTowns.Leads.Application.Deals;

/// <summary>A deal with the names its readers need (town, organisation, project), from the directory and the organisations.</summary>
public sealed record DealView(Deal Deal, string? TownName, string? OrganisationName, string? ProjectTitle);
