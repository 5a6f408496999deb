using MassTransit;

namespace SpecialtyTowns.Leads.Contracts;

/// <summary>An investor registered interest in a town.</summary>
[MessageUrn("specialtytowns:leads:lead-created:v1")]
[EntityName("specialtytowns.leads.lead-created.v1")]
public sealed record LeadCreated(Guid LeadId, Guid InvestorId, Guid TownId, string Stage, DateTimeOffset CreatedAt);
