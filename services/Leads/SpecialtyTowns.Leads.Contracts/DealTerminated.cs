using MassTransit;

namespace SpecialtyTowns.Leads.Contracts;

/// <summary>A signed deal fell through: its lead was lost after signing.</summary>
[MessageUrn("specialtytowns:leads:deal-terminated:v1")]
[EntityName("specialtytowns.leads.deal-terminated.v1")]
public sealed record DealTerminated(Guid DealId, Guid LeadId, Guid TownId, Guid? ProjectId, Guid? GapId, string? Reason, DateTimeOffset At);
