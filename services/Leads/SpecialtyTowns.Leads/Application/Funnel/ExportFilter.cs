using SpecialtyTowns.Leads.Domain.Pipeline;

namespace SpecialtyTowns.Leads.Application.Funnel;

/// <summary>The export's optional filters (as ListLeads'); TownId narrows an admin's export to one town.</summary>
public sealed record ExportFilter(IReadOnlyList<LeadStage> Stages, Guid? OwnerId, Guid? ProjectId, Guid? GapId, Guid? OrganisationId, Guid? TownId);
