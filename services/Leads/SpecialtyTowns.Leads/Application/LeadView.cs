using SpecialtyTowns.Leads.Domain.Pipeline;

namespace SpecialtyTowns.Leads.Application;

/// <summary>
/// A lead with the names it is shown with, its standing deal, and whether the caller works it
/// (its town or an admin): only then are the town's internal fields (owner, next action, expected
/// amount, lost reason) shown.
/// </summary>
public sealed record LeadView(Lead Lead, string OrganisationName, string TownName, string? ProjectTitle, string? GapTitle, Guid? DealId, bool Internal);
